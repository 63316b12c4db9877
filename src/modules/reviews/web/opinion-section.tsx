import { PrinterOutlined } from '@ant-design/icons';
import { Button, Descriptions, Form, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useT } from '../../../platform/web/i18n.js';
import { LEVELS } from '../review-constants.js';
import { OPINION_CODES_MAX, reviewsStepsEndpoints, type ReviewDetail } from '../reviews-steps.contract.js';
import { reviewPageMessages } from './review-page.messages.js';
import { useReviewsWrite } from './reviews.api.js';
import { StepCard } from './step-card.js';

const MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

/**
 * Wide opinion collection (anonymous by construction): codes are issued and shown once, to print; the
 * counts per level show only from `minResponses` answers on — below that, only how many answered.
 */
export function OpinionSection({ review }: { review: ReviewDetail }) {
  const t = useT(reviewPageMessages);
  const issue = useReviewsWrite(reviewsStepsEndpoints.issueOpinionCodes);
  const [count, setCount] = useState<number | null>(10);
  const [codes, setCodes] = useState<readonly string[]>([]);
  const o = review.opinion;

  const submit = async () => {
    if (!count) return;
    try {
      const r = await issue.mutateAsync({ params: { id: review.summary.id }, body: { count } });
      setCodes(r.codes);
    } catch {
      // shown by ErrorAlert below
    }
  };

  return (
    <StepCard step="opinion" title={t('opinionTitle')}>
      <Typography.Paragraph data-testid="opinion-responses">{t('opinionResponses', { n: o.responses })}</Typography.Paragraph>
      {o.counts ? (
        <Descriptions
          size="small"
          column={{ xs: 2, sm: 4 }}
          items={LEVELS.map((l) => ({ key: l, label: l, children: o.counts?.[l] ?? 0 }))}
          data-testid="opinion-counts"
        />
      ) : (
        <Typography.Paragraph type="secondary">{t('opinionHidden', { min: o.minResponses })}</Typography.Paragraph>
      )}
      {review.can.opinionCodes && (
        <>
          <ErrorAlert error={issue.error} />
          <Form layout="inline" name="review-opinion-codes" onFinish={() => void submit()}>
            <Form.Item label={t('opinionCount')} htmlFor="opinion-code-count">
              <InputNumber
                id="opinion-code-count"
                min={1}
                max={OPINION_CODES_MAX}
                precision={0}
                value={count}
                onChange={(v) => setCount(typeof v === 'number' ? v : null)}
                data-testid="opinion-count"
              />
            </Form.Item>
            <Form.Item>
              <Button htmlType="submit" loading={issue.isPending} data-testid="opinion-issue">
                {t('opinionIssue')}
              </Button>
            </Form.Item>
          </Form>
        </>
      )}
      {codes.length > 0 && (
        <section aria-labelledby="opinion-codes-title" style={{ marginTop: 12 }} data-testid="opinion-codes">
          <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
            <h3 id="opinion-codes-title" style={{ fontSize: 15, margin: 0 }}>
              {t('opinionCodes')}
            </h3>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="opinion-print">
              {t('print')}
            </Button>
          </Space>
          <Typography.Paragraph type="secondary">
            {t('opinionCodesHelp', {
              url: `${window.location.origin}/review-opinion/${review.summary.id}`,
              id: review.summary.id,
            })}
          </Typography.Paragraph>
          <ol style={{ fontFamily: MONO, fontSize: 16, columns: '14em', margin: 0 }}>
            {codes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ol>
        </section>
      )}
    </StepCard>
  );
}
