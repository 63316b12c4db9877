import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Typography, type FormInstance } from 'antd';
import { useCallback, useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { applyApiError } from '../../../platform/web/form-errors.js';
import { formatDate } from '../../../platform/web/format.js';
import { useT } from '../../../platform/web/i18n.js';
import { reviewPageMessages } from './review-page.messages.js';
import { isVersionConflict, stepClosedReason, type EditableStep, type ReviewStep } from './review-view.js';
import type { ReviewDetail } from '../reviews-steps.contract.js';
import { Link } from 'react-router';
import { todayIso } from '../../../platform/web/format.js';

/** One step's card on the review page: its title, its deadline, and a test id per step. */
export function StepCard(props: { step: ReviewStep; title: string; due?: string; children: ReactNode; extra?: ReactNode }) {
  const t = useT(reviewPageMessages);
  return (
    <Card
      size="small"
      className="reviews-step"
      title={<h2 style={{ fontSize: 17, margin: 0 }}>{props.title}</h2>}
      extra={
        <Space wrap>
          {props.due && <Typography.Text>{t('dueOn', { date: formatDate(props.due) })}</Typography.Text>}
          {props.extra}
        </Space>
      }
      data-testid={`review-step-${props.step}`}
    >
      {props.children}
    </Card>
  );
}

/**
 * A step's write state: a stale version (409 VERSION_CONFLICT) becomes the "someone else changed it"
 * notice with a reload that keeps the form's values; other refusals spread over the fields, the rest
 * shows above the form.
 */
export function useStepErrors(form: FormInstance | null) {
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const onError = useCallback(
    (e: unknown) => {
      if (isVersionConflict(e)) {
        setConflict(true);
        setError(null);
      } else setError(form ? applyApiError(form, e) : e);
    },
    [form],
  );
  const clear = useCallback(() => {
    setError(null);
    setConflict(false);
  }, []);
  return { error, conflict, onError, clear };
}

/** The errors above a step's form: the conflict notice (with reload) or the refusal. */
export function StepErrors(props: { error: unknown; conflict: boolean; onReload: () => void; testId: string }) {
  const t = useT(reviewPageMessages);
  if (props.conflict)
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={t('conflict')}
        action={
          <Button icon={<ReloadOutlined />} onClick={props.onReload} data-testid={`${props.testId}-reload`}>
            {t('reload')}
          </Button>
        }
        style={{ marginBottom: 16 }}
        data-testid={`${props.testId}-conflict`}
      />
    );
  return <ErrorAlert error={props.error} />;
}

/** For a manager: why the step the review is at cannot be taken now (late: extend on the cycle page). */
export function StepClosedNotice({ review, step }: { review: ReviewDetail; step: EditableStep }) {
  const t = useT(reviewPageMessages);
  if (!review.can.manage) return null;
  const why = stepClosedReason(step, review.summary.status, review.cycle, todayIso());
  if (!why) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={why === 'late' ? t('stepLate') : t('stepCycleClosed')}
      action={why === 'late' ? <Link to={`/reviews/cycles/${review.cycle.id}`}>{t('extendLink')}</Link> : undefined}
      style={{ marginBottom: 16 }}
      data-testid={`${step}-closed`}
    />
  );
}
