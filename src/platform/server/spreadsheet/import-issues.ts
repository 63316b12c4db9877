import type { ErrorDetail, Locale } from '../../../shared/app-error.js';

export interface ImportIssue {
  /** Spreadsheet row (1-based), null for a file-level problem. */
  readonly row: number | null;
  readonly column: string | null;
  readonly header: string | null;
  readonly field: string | null;
  readonly value: string | null;
  readonly vi: string;
  readonly en: string;
}

export type Reason = { vi: string; en: string };
export const R = (vi: string, en: string): Reason => ({ vi, en });

export function fileIssue(reason: Reason): ImportIssue {
  return { row: null, column: null, header: null, field: null, value: null, ...reason };
}

/** Issues → AppError details (`row`, `field` as `rows.<row>.<field>`, message in the locale). */
export function issuesToErrorDetails(issues: readonly ImportIssue[], locale: Locale = 'vi'): ErrorDetail[] {
  return issues.map((i) => {
    const where =
      i.row === null
        ? ''
        : locale === 'vi'
          ? `Dòng ${i.row}${i.column ? `, cột ${i.column}` : ''}: `
          : `Row ${i.row}${i.column ? `, column ${i.column}` : ''}: `;
    return {
      ...(i.row === null ? {} : { row: i.row }),
      field: i.row === null ? 'file' : `rows.${i.row}.${i.field ?? i.column ?? ''}`,
      message: where + i[locale],
    };
  });
}
