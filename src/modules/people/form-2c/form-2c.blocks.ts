import { formatMonth } from './form-2c.format.js';

// Building blocks of the Mẫu 2C layout: dotted field lines, blank writing space, bordered grids.

export type Node = string | { [key: string]: unknown };

export const MM = 72 / 25.4;
export const BLANK = '……';
export const FONT_SIZE = 12;
export const TABLE_FONT_SIZE = 10;

/** One field: its label, then the value over a dotted line running to the width it is given. */
export interface Field {
  label: string;
  value: string | null;
  width?: number | '*';
  bold?: boolean;
}

const NO_BORDER = [false, false, false, false];
const DOTTED_BOTTOM = [false, false, false, true];

const DOTTED_LAYOUT = {
  hLineWidth: () => 0.7,
  vLineWidth: () => 0,
  hLineStyle: () => ({ dash: { length: 0.7, space: 1.8 } }),
  paddingLeft: () => 0,
  paddingRight: () => 2,
  paddingTop: () => 1,
  paddingBottom: () => 0,
};

export function fieldLine(...fields: Field[]): Node {
  const widths: (number | string)[] = [];
  const cells: Node[] = [];
  for (const field of fields) {
    widths.push('auto', field.width ?? '*');
    cells.push({ text: field.label, noWrap: true, border: NO_BORDER });
    cells.push({ text: field.value ?? ' ', bold: field.bold ?? false, border: DOTTED_BOTTOM });
  }
  return { table: { widths, body: [cells], dontBreakRows: true }, layout: DOTTED_LAYOUT, margin: [0, 1.5, 0, 1.5] };
}

/** Free text followed by dotted lines, at least `lines` of them (the form's blank writing space). */
export function dottedBlock(text: string | null, lines: number): Node {
  const body: Node[][] = [];
  if (text) body.push([{ text, border: DOTTED_BOTTOM }]);
  while (body.length < lines) body.push([{ text: ' ', border: DOTTED_BOTTOM }]);
  return { table: { widths: ['*'], body }, layout: { ...DOTTED_LAYOUT, paddingTop: () => 3 }, margin: [0, 0, 0, 4] };
}

/** A heading and what follows stay on one page when they fit (no heading orphaned at a page foot). */
export function together(...nodes: (Node | Node[])[]): Node {
  const stack = nodes.flat();
  // A long table may not fit on any page: then it breaks across pages (its header row repeats).
  const rows = stack.reduce((sum, node) => sum + tableRows(node), 0);
  return rows <= MAX_ROWS_KEPT_TOGETHER ? { stack, unbreakable: true } : { stack };
}

const MAX_ROWS_KEPT_TOGETHER = 14;

function tableRows(node: Node): number {
  if (typeof node === 'string') return 0;
  const table = node.table as { body?: unknown[] } | undefined;
  return table?.body?.length ?? 0;
}

export function sectionTitle(text: string, note?: string): Node {
  return {
    text: note
      ? [
          { text, bold: true },
          { text: ` ${note}`, italics: true, bold: false },
        ]
      : [{ text, bold: true }],
    margin: [0, 8, 0, 3],
  };
}

export const GRID_LAYOUT = {
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

export function grid(headers: string[], widths: (number | string)[], rows: (Node | null)[][], blankRows = 3): Node {
  const header = headers.map((text) => ({ text, bold: true, alignment: 'center' }));
  const body: Node[][] = rows.map((row) => row.map((cell) => cell ?? ''));
  while (body.length < blankRows) body.push(headers.map(() => ' '));
  return {
    table: { headerRows: 1, dontBreakRows: true, widths, body: [header, ...body] },
    layout: GRID_LAYOUT,
    fontSize: TABLE_FONT_SIZE,
  };
}

export function period(from: string | null, to: string | null, openEnded: boolean): string {
  const start = formatMonth(from) ?? BLANK;
  const end = formatMonth(to) ?? (openEnded ? 'nay' : BLANK);
  return `${start} - ${end}`;
}

export function joinKnown(parts: (string | null)[], separator = ', '): string | null {
  const known = parts.filter((part): part is string => part !== null && part.trim() !== '');
  return known.length > 0 ? known.join(separator) : null;
}

export function prefixFirst(prefix: string, fields: Field[]): Field[] {
  return fields.map((field, index) => (index === 0 ? { ...field, label: `${prefix}${field.label}` } : field));
}
