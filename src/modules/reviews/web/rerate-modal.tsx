import { App, DatePicker, Form, Input, Modal, Radio, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../../platform/web/i18n.js';
import { reviewsDecisionEndpoints } from '../reviews-decision.contract.js';
import type { ReviewDetail } from '../reviews-steps.contract.js';
import { DECIDED_LEVELS, type DecidedLevel } from '../reviews.schemas.js';
import { DATE_FORMAT } from './cycle-open-modal.js';
import { testId, useLevelLabel, useLevelOptions } from './review-labels.js';
import { reviewPageMessages } from './review-page.messages.js';
import { useReviewsWrite } from './reviews.api.js';
import { StepErrors, useStepErrors } from './step-card.js';

interface Values {
  level: DecidedLevel;
  reason: string;
  decisionRef: string;
  decidedOn: Dayjs;
}

/** Re-rating a decided rating (QĐ 366 art. 15): new level, reason, document; the server checks who and why. */
export function RerateModal({ review, onClose, onReload }: { review: ReviewDetail; onClose: () => void; onReload: () => void }) {
  const t = useT(reviewPageMessages);
  const level = useLevelLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rerate = useReviewsWrite(reviewsDecisionEndpoints.rerateReview);
  const errs = useStepErrors(form);
  const current = review.decision?.level;
  const levelOptions = useLevelOptions(DECIDED_LEVELS, 'rerate-level');

  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    errs.clear();
    try {
      const r = await rerate.mutateAsync({
        params: { id: review.summary.id },
        body: {
          version: review.summary.version,
          level: v.level,
          reason: v.reason.trim(),
          decisionRef: v.decisionRef.trim(),
          decidedOn: v.decidedOn.format('YYYY-MM-DD'),
        },
      });
      void message.success(t('rerated', { level: level(r.level) }));
      onClose();
    } catch (e) {
      errs.onError(e);
    }
  };

  return (
    <Modal
      open
      title={t('rerateTitle')}
      okText={t('save')}
      cancelText={t('cancel')}
      okButtonProps={{ loading: rerate.isPending, ...testId('rerate-submit') }}
      onOk={() => void submit()}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('rerateHelp')}</Typography.Paragraph>
      <StepErrors error={errs.error} conflict={errs.conflict} onReload={() => (errs.clear(), onReload())} testId="rerate" />
      <Form<Values> form={form} name="review-rerate" layout="vertical" requiredMark>
        <Form.Item name="level" label={t('decisionLevel')} rules={[{ required: true, message: t('levelRequired') }]}>
          <Radio.Group options={levelOptions.filter((o) => o.value !== current)} data-testid="rerate-level" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('rerateReason')}
          rules={[{ required: true, whitespace: true, message: t('rerateReasonRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="rerate-reason" />
        </Form.Item>
        <Form.Item
          name="decisionRef"
          label={t('decisionRef')}
          rules={[{ required: true, whitespace: true, message: t('decisionRefRequired') }]}
        >
          <Input maxLength={100} data-testid="rerate-ref" />
        </Form.Item>
        <Form.Item name="decidedOn" label={t('decidedOn')} rules={[{ required: true, message: t('decidedOnRequired') }]}>
          <DatePicker format={DATE_FORMAT} data-testid="rerate-date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
