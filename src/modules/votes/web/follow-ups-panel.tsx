import { CheckOutlined, FilePdfOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Modal, Radio, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useApiMutation, useApiQuery } from '../../../platform/web/api-hooks.js';
import { DataTable } from '../../../platform/web/data-table.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { formatDate } from '../../../platform/web/format.js';
import { defineMessages, useLocale, useT } from '../../../platform/web/i18n.js';
import {
  FOLLOW_UP_LABELS,
  FOLLOW_UP_NOTE_MAX,
  FOLLOW_UP_STATUS_LABELS,
  votesFollowUpEndpoints as e,
  type FollowUpStatus,
  type VoteFollowUp,
} from '../votes-follow-ups.contract.js';
import type { RoundDetail } from '../votes.schemas.js';

export const followUpMessages = defineMessages({
  vi: {
    title: 'Việc phải xử lý sau lấy phiếu',
    table: 'Các việc phải xử lý sau kết quả lấy phiếu',
    person: 'Họ và tên, chức vụ',
    round: 'Đợt lấy phiếu',
    kind: 'Việc phải xử lý',
    status: 'Trạng thái',
    note: 'Ghi chú',
    none: 'Không có người nào có trên một nửa số phiếu tín nhiệm thấp.',
    noneForPerson: 'Chưa có kết quả lấy phiếu tín nhiệm thấp nào phải xử lý.',
    resolve: 'Ghi nhận',
    resolveTitle: 'Ghi nhận kết quả xử lý',
    done: 'Đã xử lý',
    dismissed: 'Không thực hiện',
    noteRequired: 'Cần ghi lý do khi không thực hiện',
    save: 'Lưu',
    cancel: 'Huỷ',
    saved: 'Đã ghi nhận',
    twoThirds: 'Từ 2/3 tín nhiệm thấp',
    overHalf: 'Trên 1/2 tín nhiệm thấp',
    minutes: 'Biên bản (PDF)',
  },
  en: {
    title: 'Follow-ups of the vote',
    table: 'Follow-ups of the vote result',
    person: 'Name, post',
    round: 'Vote round',
    kind: 'Follow-up',
    status: 'Status',
    note: 'Note',
    none: 'Nobody had more than half low-confidence ballots.',
    noneForPerson: 'No low-confidence result to follow up.',
    resolve: 'Record',
    resolveTitle: 'Record the outcome',
    done: 'Done',
    dismissed: 'Not carried out',
    noteRequired: 'A reason is required when not carried out',
    save: 'Save',
    cancel: 'Cancel',
    saved: 'Recorded',
    twoThirds: '2/3 or more low',
    overHalf: 'Over 1/2 low',
    minutes: 'Minutes (PDF)',
  },
});

const STATUS_COLOR: Record<FollowUpStatus, string> = { open: 'warning', done: 'success', dismissed: 'default' };

/** The counting board's minutes, once voting has closed. */
function minutesHref(roundId: number): string {
  return `/api/votes/rounds/${roundId}/minutes.pdf`;
}

/** The round page's link to the minutes (a small card of its own, like every section). */
export function MinutesLink({ round }: { round: RoundDetail }) {
  const t = useT(followUpMessages);
  return (
    <Card size="small">
      <a href={minutesHref(round.id)} target="_blank" rel="noreferrer" data-testid="minutes-link">
        <FilePdfOutlined /> {t('minutes')}
      </a>
    </Card>
  );
}

/** Mark one follow-up done, or dismissed with its reason (the server refuses a dismissal without one). */
function ResolveDialog({ item, onClose }: { item: VoteFollowUp; onClose: () => void }) {
  const t = useT(followUpMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ status: 'done' | 'dismissed'; note?: string }>();
  const resolve = useApiMutation(e.resolveVoteFollowUp, [e.listRoundFollowUps, e.listPersonVoteFollowUps]);
  const submit = async () => {
    const values = await form.validateFields();
    await resolve.mutateAsync({ params: { id: item.id }, body: values });
    void message.success(t('saved'));
    onClose();
  };
  return (
    <Modal open title={t('resolveTitle')} okText={t('save')} cancelText={t('cancel')} onOk={submit} onCancel={onClose}>
      <ErrorAlert error={resolve.error} />
      <Typography.Paragraph strong>{item.fullName}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ status: 'done' }}>
        <Form.Item name="status" label={t('status')}>
          <Radio.Group
            options={[
              { value: 'done', label: t('done') },
              { value: 'dismissed', label: t('dismissed') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('note')}
          dependencies={['status']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, v?: string) =>
                getFieldValue('status') === 'dismissed' && !v?.trim()
                  ? Promise.reject(new Error(t('noteRequired')))
                  : Promise.resolve(),
            }),
          ]}
        >
          <Input.TextArea rows={3} maxLength={FOLLOW_UP_NOTE_MAX} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The follow-ups as a table; `withRound` adds the round and its date (the person's view). */
export function FollowUpTable({ items, loading, withRound }: { items: VoteFollowUp[]; loading: boolean; withRound?: boolean }) {
  const t = useT(followUpMessages);
  const { locale } = useLocale();
  const [resolving, setResolving] = useState<VoteFollowUp | null>(null);
  const columns: ColumnsType<VoteFollowUp> = [
    ...(withRound
      ? [
          {
            key: 'round',
            title: t('round'),
            render: (_: unknown, f: VoteFollowUp) => `${f.roundTitle} (${formatDate(f.voteDate)})`,
          },
        ]
      : []),
    {
      key: 'person',
      title: t('person'),
      render: (_, f) => (
        <>
          <div>{f.fullName}</div>
          <Typography.Text type="secondary">{f.postTitle}</Typography.Text>
        </>
      ),
    },
    {
      key: 'kind',
      title: t('kind'),
      render: (_, f) => (
        <>
          <div>{FOLLOW_UP_LABELS[f.kind][locale]}</div>
          <Tag color={f.lowTwoThirds ? 'error' : 'warning'}>{t(f.lowTwoThirds ? 'twoThirds' : 'overHalf')}</Tag>
        </>
      ),
    },
    {
      key: 'status',
      title: t('status'),
      render: (_, f) => <Tag color={STATUS_COLOR[f.status]}>{FOLLOW_UP_STATUS_LABELS[f.status][locale]}</Tag>,
    },
    { key: 'note', title: t('note'), render: (_, f) => f.note ?? '' },
    {
      key: 'action',
      title: '',
      render: (_, f) =>
        f.canResolve && f.status === 'open' ? (
          <Button icon={<CheckOutlined />} onClick={() => setResolving(f)} data-testid={`follow-up-resolve-${f.id}`}>
            {t('resolve')}
          </Button>
        ) : null,
    },
  ];
  return (
    <>
      <DataTable<VoteFollowUp>
        label={t('table')}
        rowKey="id"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={items}
        pagination={false}
        data-testid="follow-ups-table"
      />
      {resolving && <ResolveDialog item={resolving} onClose={() => setResolving(null)} />}
    </>
  );
}

/** The round page's panel (once published): what the result leads to. */
export function FollowUpsPanel({ round }: { round: RoundDetail }) {
  const t = useT(followUpMessages);
  const list = useApiQuery(e.listRoundFollowUps, { params: { id: round.id } });
  const items = list.data?.items ?? [];
  return (
    <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('title')}</h2>} data-testid="follow-ups-panel">
      <ErrorAlert error={list.error} />
      {list.isSuccess && items.length === 0 ? (
        <Typography.Paragraph style={{ margin: 0 }}>{t('none')}</Typography.Paragraph>
      ) : (
        <FollowUpTable items={items} loading={list.isFetching} />
      )}
    </Card>
  );
}
