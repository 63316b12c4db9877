import { Alert, App, Button, DatePicker, Form, Input, Radio, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError } from '../../../platform/web/api-client.js';
import { formatDate } from '../../../platform/web/format.js';
import { useT } from '../../../platform/web/i18n.js';
import { reviewsDecisionEndpoints, type DecisionResult } from '../reviews-decision.contract.js';
import type { ReviewDetail } from '../reviews-steps.contract.js';
import { DECIDED_LEVELS, type DecidedLevel } from '../reviews.schemas.js';
import { DATE_FORMAT } from './cycle-open-modal.js';
import { RerateModal } from './rerate-modal.js';
import { useLevelLabel, useLevelOptions } from './review-labels.js';
import { reviewPageMessages } from './review-page.messages.js';
import { useReviewsWrite } from './reviews.api.js';
import { StepCard, StepErrors, useStepErrors } from './step-card.js';

interface Values {
  level: DecidedLevel;
  decisionRef: string;
  decidedOn: Dayjs;
}

/**
 * A refusal of the decision, prominent: the server's message names the rule (quota "Tỷ lệ HTXS 3/12 =
 * 25,00% vượt mức 20%…", head above collective, party HTXS without state HTXS…); each detail on its line.
 */
function RuleRefusal({ error }: { error: unknown }) {
  const t = useT(reviewPageMessages);
  if (!(error instanceof ApiError))
    return <StepErrors error={error} conflict={false} onReload={() => undefined} testId="decision" />;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="reviews-rule-refusal"
      title={error.message}
      description={
        error.details.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {error.details.map((d, i) => (
              <li key={i}>{d.message}</li>
            ))}
          </ul>
        ) : (
          t('refused')
        )
      }
      style={{ marginBottom: 16 }}
      data-testid="decision-refusal"
    />
  );
}

/** What the last decision returned: the rules that capped the level and the consequences listed. */
function DecisionOutcome({ result }: { result: DecisionResult }) {
  const t = useT(reviewPageMessages);
  if (result.reasons.length === 0 && result.consequences.length === 0) return null;
  return (
    <div data-testid="decision-outcome">
      {result.reasons.length > 0 && (
        <>
          <h3 style={{ fontSize: 15, margin: '8px 0 4px' }}>{t('reasons')}</h3>
          <ul>
            {result.reasons.map((r) => (
              <li key={r.code}>
                {r.message} <Typography.Text type="secondary">({r.source})</Typography.Text>
              </li>
            ))}
          </ul>
        </>
      )}
      {result.consequences.length > 0 && (
        <>
          <h3 style={{ fontSize: 15, margin: '8px 0 4px' }}>{t('consequences')}</h3>
          <ul>
            {result.consequences.map((c) => (
              <li key={c.code}>
                {c.message} <Typography.Text type="secondary">({c.source})</Typography.Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The decision by the management body's decider: level, document number and date; refusals name the rule. */
export function DecisionSection({ review, onReload }: { review: ReviewDetail; onReload: () => void }) {
  const t = useT(reviewPageMessages);
  const level = useLevelLabel();
  const levelOptions = useLevelOptions(DECIDED_LEVELS, 'decision-level');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const decide = useReviewsWrite(reviewsDecisionEndpoints.decideReview);
  const errs = useStepErrors(null);
  const [result, setResult] = useState<DecisionResult | null>(null);
  const [rerating, setRerating] = useState(false);
  const d = review.decision;
  const editable = review.can.decide && review.summary.status === 'proposed' && review.cycle.status === 'open';

  const submit = async (v: Values) => {
    errs.clear();
    try {
      const r = await decide.mutateAsync({
        params: { id: review.summary.id },
        body: {
          version: review.summary.version,
          level: v.level,
          decisionRef: v.decisionRef.trim(),
          decidedOn: v.decidedOn.format('YYYY-MM-DD'),
        },
      });
      setResult(r);
      void message.success(t('decided', { level: level(r.level) }));
    } catch (e) {
      errs.onError(e);
    }
  };

  return (
    <StepCard
      step="decision"
      title={t('decisionTitle')}
      due={review.cycle.decisionDue}
      extra={
        d && review.can.decide ? (
          <Button onClick={() => setRerating(true)} data-testid="rerate-open">
            {t('rerate')}
          </Button>
        ) : undefined
      }
    >
      {rerating && <RerateModal review={review} onClose={() => setRerating(false)} onReload={onReload} />}
      {d && (
        <Space orientation="vertical" size={2} style={{ marginBottom: 8 }} data-testid="decision-current">
          <Typography.Text strong style={{ fontSize: 16 }}>
            {t('decided', { level: `${d.level} — ${level(d.level)}` })}
          </Typography.Text>
          {d.decisionRef && (
            <Typography.Text>{t('decisionBy', { ref: d.decisionRef, date: formatDate(d.decidedOn) })}</Typography.Text>
          )}
        </Space>
      )}
      {result && <DecisionOutcome result={result} />}
      {!d && !editable && (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {review.can.decide ? t('notYet') : t('notDecider')}
        </Typography.Paragraph>
      )}
      {editable && (
        <>
          {errs.conflict ? (
            <StepErrors error={null} conflict onReload={() => (errs.clear(), onReload())} testId="decision" />
          ) : (
            errs.error !== null && <RuleRefusal error={errs.error} />
          )}
          <Form<Values>
            form={form}
            name="review-decision"
            layout="vertical"
            initialValues={{ level: review.proposal?.level }}
            onFinish={(v) => void submit(v)}
          >
            <Form.Item name="level" label={t('decisionLevel')} rules={[{ required: true, message: t('levelRequired') }]}>
              <Radio.Group options={levelOptions} data-testid="decision-level" />
            </Form.Item>
            <Space wrap>
              <Form.Item
                name="decisionRef"
                label={t('decisionRef')}
                rules={[{ required: true, whitespace: true, message: t('decisionRefRequired') }]}
              >
                <Input maxLength={100} style={{ width: 220 }} data-testid="decision-ref" />
              </Form.Item>
              <Form.Item name="decidedOn" label={t('decidedOn')} rules={[{ required: true, message: t('decidedOnRequired') }]}>
                <DatePicker format={DATE_FORMAT} data-testid="decision-date" />
              </Form.Item>
            </Space>
            <br />
            <Button type="primary" htmlType="submit" loading={decide.isPending} data-testid="decision-save">
              {t('decide')}
            </Button>
          </Form>
        </>
      )}
    </StepCard>
  );
}
