import { Table, Typography } from 'antd';
import { defineMessages, useT } from './i18n.js';

/**
 * The two tables every import preview shows (people, units): the file's first rows by column letter,
 * and the problems with row, column, header, value and reason. The dialogs around them differ.
 */
const messages = defineMessages({
  vi: {
    sample: 'Dòng mẫu',
    issues: 'Lỗi ({n})',
    colRow: 'Dòng',
    colLetter: 'Cột',
    colHeader: 'Tiêu đề',
    colValue: 'Giá trị',
    colReason: 'Lỗi',
  },
  en: {
    sample: 'Sample rows',
    issues: 'Problems ({n})',
    colRow: 'Row',
    colLetter: 'Column',
    colHeader: 'Header',
    colValue: 'Value',
    colReason: 'Problem',
  },
});

type CellValue = string | number | null;

export interface SampleRow {
  readonly row: number;
  readonly cells: Readonly<Record<string, CellValue>>;
}

export interface ImportIssueRow {
  readonly row: number | null;
  readonly column: string | null;
  readonly header: string | null;
  readonly value: string | null;
  readonly reason: string;
}

const heading = { fontSize: 16, margin: 0 } as const;

export function ImportSampleTable({ letters, rows }: { letters: readonly string[]; rows: readonly SampleRow[] }) {
  const t = useT(messages);
  return (
    <>
      <Typography.Title level={2} style={heading}>
        {t('sample')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="row"
        pagination={false}
        scroll={{ x: true }}
        dataSource={[...rows]}
        columns={[
          { title: t('colRow'), dataIndex: 'row', width: 60 },
          ...letters.map((l) => ({ title: l, key: l, render: (_: unknown, r: SampleRow) => String(r.cells[l] ?? '') })),
        ]}
      />
    </>
  );
}

export function ImportIssuesTable({ issues, errorCount }: { issues: readonly ImportIssueRow[]; errorCount: number }) {
  const t = useT(messages);
  return (
    <>
      <Typography.Title level={2} style={heading}>
        {t('issues', { n: errorCount })}
      </Typography.Title>
      <Table
        data-testid="import-issues"
        size="small"
        rowKey={(_, i) => String(i)}
        pagination={{ pageSize: 20 }}
        dataSource={[...issues]}
        columns={[
          { title: t('colRow'), dataIndex: 'row', width: 70 },
          { title: t('colLetter'), dataIndex: 'column', width: 70 },
          { title: t('colHeader'), dataIndex: 'header' },
          { title: t('colValue'), dataIndex: 'value' },
          { title: t('colReason'), dataIndex: 'reason' },
        ]}
      />
    </>
  );
}
