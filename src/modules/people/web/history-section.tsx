import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Space, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import type { z } from 'zod';
import { DataTable } from '../../../platform/web/data-table.js';
import { useT } from '../../../platform/web/i18n.js';
import type { peopleEndpoints } from '../people.contract.js';
import { HistoryFields, historyBody, type HistoryField } from './history-fields.js';
import { PersonFormModal } from './person-form-modal.js';
import { profileMessages } from './person-profile.messages.js';
import { usePeopleWrite } from './people.api.js';

type Endpoints = typeof peopleEndpoints;
type DeleteName = { [K in keyof Endpoints]: K extends `delete${string}` ? K : never }[keyof Endpoints];

export interface AddSpec {
  label: string;
  endpoint: Endpoints[keyof Endpoints];
  shape: Record<string, z.ZodType>;
  fields: readonly HistoryField[];
  intro?: ReactNode;
}

interface Props<T extends { id: number }> {
  personId: number;
  title: string;
  items: readonly T[];
  columns: TableColumnsType<T>;
  canEdit: boolean;
  add: AddSpec;
  remove: Endpoints[DeleteName];
  /** Extra per-row actions for writers (e.g. ending a post). */
  rowActions?: (item: T) => ReactNode;
}

/** One history of the record (form 2C tables): a heading, the table, and for writers add and delete. */
export function HistorySection<T extends { id: number }>(props: Props<T>) {
  const { personId, title, items, columns, canEdit, add, remove, rowActions } = props;
  const t = useT(profileMessages);
  const { modal, message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<Record<string, unknown>>();
  const write = usePeopleWrite(add.endpoint);
  const del = usePeopleWrite(remove);

  const confirmDelete = async (item: T) => {
    const ok = await modal.confirm({
      title: t('deleteTitle'),
      content: t('deleteContent'),
      okText: t('confirmDelete'),
      cancelText: t('cancel'),
      okButtonProps: { danger: true },
    });
    if (!ok) return;
    try {
      await del.mutateAsync({ params: { id: personId, itemId: item.id } });
      void message.success(t('deleted'));
    } catch (err) {
      void message.error(err instanceof Error ? err.message : String(err));
    }
  };

  const actions: TableColumnsType<T> = canEdit
    ? [
        {
          key: 'actions',
          title: t('actions'),
          render: (_, item, i) => (
            <Space size="small">
              {rowActions?.(item)}
              <Button
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('deleteItem', { n: i + 1 })}
                title={t('delete')}
                onClick={() => void confirmDelete(item)}
              />
            </Space>
          ),
        },
      ]
    : [];

  return (
    <section aria-label={title}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <h2 style={{ fontSize: 18, margin: 0 }}>{title}</h2>
        {canEdit && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {add.label}
          </Button>
        )}
      </Space>
      <DataTable<T>
        label={title}
        rowKey="id"
        size="small"
        columns={[...columns, ...actions]}
        dataSource={[...items]}
        pagination={false}
        locale={{ emptyText: t('empty') }}
      />
      {adding && (
        <PersonFormModal<Record<string, unknown>>
          form={form}
          title={add.label}
          onClose={() => {
            form.resetFields();
            setAdding(false);
          }}
          // The body was checked field by field against this endpoint's own schema (add.shape).
          onSubmit={(v) => write.mutateAsync({ params: { id: personId }, body: historyBody(add.fields, v) } as never)}
        >
          {add.intro}
          <HistoryFields fields={add.fields} shape={add.shape} />
        </PersonFormModal>
      )}
    </section>
  );
}
