import { App, Button, Card, DatePicker, Form, Input, InputNumber, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { DataTable } from '../../../platform/web/data-table.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { applyApiError } from '../../../platform/web/form-errors.js';
import { formatDate } from '../../../platform/web/format.js';
import { useT } from '../../../platform/web/i18n.js';
import { PARTY_HTXS_QUOTA_EXCEPTION_MAX_PCT } from '../review-constants.js';
import { reviewsDecisionEndpoints, type QuotaExceptionItem } from '../reviews-decision.contract.js';
import type { CycleDetail } from '../reviews.contract.js';
import { DATE_FORMAT } from './cycle-open-modal.js';
import { useQuotaExceptions, useReviewsWrite } from './reviews.api.js';
import { reviewsMessages } from './reviews.messages.js';

interface Values {
  dutyGroup: string;
  ceilingPercent: number;
  decisionRef: string;
  decidedOn: Dayjs;
}

/** The competent level's decisions allowing a higher HTXS share per group of similar duties. */
export function QuotaExceptions({ cycle }: { cycle: CycleDetail }) {
  const t = useT(reviewsMessages);
  const { message } = App.useApp();
  const list = useQuotaExceptions(cycle.id, true);
  const record = useReviewsWrite(reviewsDecisionEndpoints.recordQuotaException);
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);

  const submit = async (v: Values) => {
    setError(null);
    try {
      await record.mutateAsync({
        params: { id: cycle.id },
        body: {
          dutyGroup: v.dutyGroup.trim(),
          ceilingPercent: v.ceilingPercent,
          decisionRef: v.decisionRef.trim(),
          decidedOn: v.decidedOn.format('YYYY-MM-DD'),
        },
      });
      void message.success(t('quotaRecorded'));
      form.resetFields();
    } catch (err) {
      setError(applyApiError(form, err));
    }
  };

  const columns = [
    { title: t('dutyGroup'), dataIndex: 'dutyGroup', key: 'group' },
    { title: t('ceilingPercent'), dataIndex: 'ceilingPercent', key: 'pct', align: 'right' as const },
    { title: t('decisionRef'), dataIndex: 'decisionRef', key: 'ref' },
    { title: t('decidedOn'), key: 'on', render: (_: unknown, q: QuotaExceptionItem) => formatDate(q.decidedOn) },
  ];

  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('quotaTitle')}</h2>} data-testid="quota-section">
      <Typography.Paragraph>{t('quotaHelp')}</Typography.Paragraph>
      <ErrorAlert error={list.isError ? list.error : null} />
      <DataTable<QuotaExceptionItem>
        label={t('quotaTable')}
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('quotaEmpty') }}
      />
      {cycle.can.manage && cycle.status === 'open' && (
        <>
          <ErrorAlert error={error} className="reviews-gap-top" />
          <Form<Values>
            form={form}
            name="review-quota-exception"
            layout="inline"
            style={{ marginTop: 12, rowGap: 8 }}
            onFinish={(v) => void submit(v)}
          >
            <Form.Item
              name="dutyGroup"
              label={t('dutyGroup')}
              rules={[{ required: true, whitespace: true, message: t('dutyGroupRequired') }]}
            >
              <Input maxLength={200} style={{ width: 220 }} data-testid="quota-duty-group" />
            </Form.Item>
            <Form.Item
              name="ceilingPercent"
              label={t('ceilingPercent')}
              rules={[{ required: true, message: t('ceilingRequired') }]}
            >
              <InputNumber min={1} max={PARTY_HTXS_QUOTA_EXCEPTION_MAX_PCT} style={{ width: 90 }} data-testid="quota-ceiling" />
            </Form.Item>
            <Form.Item
              name="decisionRef"
              label={t('decisionRef')}
              rules={[{ required: true, whitespace: true, message: t('decisionRefRequired') }]}
            >
              <Input maxLength={100} style={{ width: 160 }} data-testid="quota-ref" />
            </Form.Item>
            <Form.Item name="decidedOn" label={t('decidedOn')} rules={[{ required: true, message: t('decidedOnRequired') }]}>
              <DatePicker format={DATE_FORMAT} data-testid="quota-decided-on" />
            </Form.Item>
            <Form.Item>
              <Button htmlType="submit" loading={record.isPending} data-testid="quota-record">
                {t('quotaRecord')}
              </Button>
            </Form.Item>
          </Form>
        </>
      )}
    </Card>
  );
}
