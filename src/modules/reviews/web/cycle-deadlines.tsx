import { CalendarOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Descriptions, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { applyApiError } from '../../../platform/web/form-errors.js';
import { formatDate } from '../../../platform/web/format.js';
import { useT } from '../../../platform/web/i18n.js';
import { reviewsEndpoints, type CycleDetail } from '../reviews.contract.js';
import { DATE_FORMAT } from './cycle-open-modal.js';
import { useReviewsWrite } from './reviews.api.js';
import { reviewsMessages } from './reviews.messages.js';
import { testId } from './review-labels.js';

const DUE_FIELDS = ['selfReviewDue', 'commentsDue', 'decisionDue'] as const;
type DueField = (typeof DUE_FIELDS)[number];
type Values = Partial<Record<DueField, Dayjs | null>> & { decisionRef: string };

/** The cycle's step deadlines; organizers extend them with the document that decides it. */
export function CycleDeadlines({ cycle }: { cycle: CycleDetail }) {
  const t = useT(reviewsMessages);
  const [extending, setExtending] = useState(false);
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('deadlines')}</h2>}
      extra={
        cycle.can.manage && cycle.status === 'open' ? (
          <Button icon={<CalendarOutlined />} onClick={() => setExtending(true)} data-testid="cycle-extend">
            {t('extend')}
          </Button>
        ) : null
      }
      data-testid="cycle-deadlines"
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 3 }}
        items={DUE_FIELDS.map((f) => ({ key: f, label: t(f), children: formatDate(cycle[f]) }))}
      />
      {extending && <ExtendModal cycle={cycle} onClose={() => setExtending(false)} />}
    </Card>
  );
}

function ExtendModal({ cycle, onClose }: { cycle: CycleDetail; onClose: () => void }) {
  const t = useT(reviewsMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const extend = useReviewsWrite(reviewsEndpoints.extendReviewDeadlines);
  const [error, setError] = useState<unknown>(null);

  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const dates = Object.fromEntries(
      DUE_FIELDS.flatMap((f) => (v[f] ? [[f, (v[f] as Dayjs).format('YYYY-MM-DD')]] : [])),
    ) as Partial<Record<DueField, string>>;
    if (Object.keys(dates).length === 0) {
      form.setFields([{ name: 'decisionDue', errors: [t('extendOneRequired')] }]);
      return;
    }
    setError(null);
    try {
      await extend.mutateAsync({ params: { id: cycle.id }, body: { ...dates, decisionRef: v.decisionRef.trim() } });
      void message.success(t('extended'));
      onClose();
    } catch (err) {
      setError(applyApiError(form, err));
    }
  };

  return (
    <Modal
      open
      title={t('extendTitle')}
      okText={t('save')}
      cancelText={t('cancel')}
      okButtonProps={{ loading: extend.isPending, ...testId('cycle-extend-submit') }}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <p>{t('extendHelp')}</p>
      <ErrorAlert error={error} />
      <Form<Values> form={form} name="review-cycle-extend" layout="vertical" requiredMark>
        {DUE_FIELDS.map((f) => (
          <Form.Item key={f} name={f} label={t(f)} extra={formatDate(cycle[f])}>
            <DatePicker format={DATE_FORMAT} style={{ width: 200 }} data-testid={`cycle-extend-${f}`} />
          </Form.Item>
        ))}
        <Form.Item
          name="decisionRef"
          label={t('decisionRef')}
          rules={[{ required: true, whitespace: true, message: t('decisionRefRequired') }]}
        >
          <Input maxLength={100} data-testid="cycle-extend-ref" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
