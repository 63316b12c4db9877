import { App, Button, Checkbox, Form, Input, Radio, Typography } from 'antd';
import { useT } from '../../../platform/web/i18n.js';
import { LEVELS, type Level } from '../review-constants.js';
import { reviewsStepsEndpoints, type ReviewDetail } from '../reviews-steps.contract.js';
import { useLevelOptions } from './review-labels.js';
import { reviewPageMessages } from './review-page.messages.js';
import { useReviewsWrite } from './reviews.api.js';
import { StepCard, StepClosedNotice, StepErrors, useStepErrors } from './step-card.js';

interface Values {
  level: Level;
  note: string;
  disciplinedSubUnitOrLeadershipMember?: boolean;
}

/** The advisory body's appraisal and proposed level (the server checks it against the score and conditions). */
export function ProposalSection({ review, onReload }: { review: ReviewDetail; onReload: () => void }) {
  const t = useT(reviewPageMessages);
  const levelOptions = useLevelOptions(LEVELS, 'proposal-level');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useReviewsWrite(reviewsStepsEndpoints.saveReviewProposal);
  const errs = useStepErrors(form);
  const editable = review.can.proposal;
  const p = review.proposal;
  const collective = review.summary.subjectType === 'collective';

  const submit = async (v: Values) => {
    errs.clear();
    try {
      await save.mutateAsync({
        params: { id: review.summary.id },
        body: {
          version: review.summary.version,
          level: v.level,
          note: v.note.trim(),
          cases: [],
          ...(collective ? { disciplinedSubUnitOrLeadershipMember: v.disciplinedSubUnitOrLeadershipMember === true } : {}),
        },
      });
      void message.success(t('saved'));
    } catch (e) {
      errs.onError(e);
    }
  };

  if (!editable && !p)
    return (
      <StepCard step="proposal" title={t('proposalTitle')} due={review.cycle.decisionDue}>
        <StepClosedNotice review={review} step="proposal" />
        <Typography.Text type="secondary">{t('notYet')}</Typography.Text>
      </StepCard>
    );

  return (
    <StepCard step="proposal" title={t('proposalTitle')} due={review.cycle.decisionDue}>
      <StepClosedNotice review={review} step="proposal" />
      <StepErrors error={errs.error} conflict={errs.conflict} onReload={() => (errs.clear(), onReload())} testId="proposal" />
      <Form<Values>
        form={form}
        name="review-proposal"
        layout="vertical"
        disabled={!editable}
        initialValues={{
          ...(p ? { level: p.level, note: p.note ?? '' } : { level: review.summary.selfLevel ?? undefined }),
          disciplinedSubUnitOrLeadershipMember: p?.detail?.disciplinedSubUnitOrLeadershipMember === true,
        }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="level" label={t('proposalLevel')} rules={[{ required: true, message: t('levelRequired') }]}>
          <Radio.Group options={levelOptions} data-testid="proposal-level" />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('proposalNote')}
          rules={[{ required: true, whitespace: true, message: t('proposalNoteRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} data-testid="proposal-note" />
        </Form.Item>
        {collective && (
          <Form.Item name="disciplinedSubUnitOrLeadershipMember" valuePropName="checked">
            <Checkbox data-testid="proposal-disciplined">{t('disciplinedSubUnit')}</Checkbox>
          </Form.Item>
        )}
        {editable && (
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="proposal-save">
            {t('save')}
          </Button>
        )}
      </Form>
    </StepCard>
  );
}
