import { Select, Table } from 'antd';
import { useLocale, useT } from '../../../platform/web/i18n.js';
import type { ImportPreview } from '../people.contract.js';
import { IMPORT_FIELD_LABELS, IMPORT_FIELD_NAMES } from './import-field-labels.js';
import { importMessages } from './people-import.messages.js';

type Column = ImportPreview['columns'][number];

/** The detected columns, each with a Select to change the field it is read as (or to ignore it). */
export function ImportColumnsTable({
  columns,
  mapping,
  onChange,
}: {
  columns: readonly Column[];
  /** The user's changes so far, by column letter (null: ignore the column). */
  mapping: Readonly<Record<string, string | null>>;
  onChange(letter: string, field: string | null): void;
}) {
  const t = useT(importMessages);
  const { locale } = useLocale();
  const options = [
    { value: '', label: t('ignored') },
    ...IMPORT_FIELD_NAMES.map((f) => ({ value: f, label: IMPORT_FIELD_LABELS[f][locale] })),
  ];
  return (
    <Table
      size="small"
      rowKey="letter"
      pagination={false}
      dataSource={[...columns]}
      columns={[
        { title: t('colLetter'), dataIndex: 'letter', width: 70 },
        { title: t('colHeader'), dataIndex: 'header' },
        {
          title: t('colField'),
          key: 'field',
          width: 280,
          render: (_: unknown, c: Column) => {
            const current = c.letter in mapping ? mapping[c.letter] : c.field;
            return (
              <Select
                aria-label={t('fieldOf', { letter: c.letter })}
                size="small"
                style={{ width: '100%' }}
                showSearch={{ optionFilterProp: 'label' }}
                value={current ?? ''}
                options={options}
                onChange={(v: string) => onChange(c.letter, v === '' ? null : v)}
              />
            );
          },
        },
      ]}
    />
  );
}
