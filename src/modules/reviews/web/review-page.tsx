import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Space, Spin, Steps, Tag, Typography } from 'antd';
import { Fragment, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useT } from '../../../platform/web/i18n.js';
import { usePageTitle } from '../../../platform/web/page-title.js';
import { StatusPage } from '../../../platform/web/status-page.js';
import { PHONE_QUERY, useMediaQuery } from '../../../platform/web/use-media-query.js';
import type { ReviewDetail } from '../reviews-steps.contract.js';
import { CommentsSection } from './comments-section.js';
import { DecisionSection } from './decision-section.js';
import { OpinionSection } from './opinion-section.js';
import { PetitionsSection, PublicationSection } from './petitions-section.js';
import { ProposalSection } from './proposal-section.js';
import { ReviewStatusTag } from './review-labels.js';
import { reviewPageMessages } from './review-page.messages.js';
import { currentStepIndex, stepsOf, type ReviewStep } from './review-view.js';
import { useReview } from './reviews.api.js';
import { reviewsMessages } from './reviews.messages.js';
import { SelfReviewSection } from './self-review-section.js';
import './reviews.css';

type Render = (r: ReviewDetail, reload: () => void) => ReactNode;

/** Each step's card, in the order of the steps; a step shows once it is reachable or done. */
const SECTIONS: Readonly<Record<ReviewStep, Render>> = {
  selfReview: (r, reload) => <SelfReviewSection review={r} onReload={reload} />,
  comments: (r, reload) => <CommentsSection review={r} onReload={reload} />,
  opinion: (r) => <OpinionSection review={r} />,
  proposal: (r, reload) => <ProposalSection review={r} onReload={reload} />,
  decision: (r, reload) => <DecisionSection review={r} onReload={reload} />,
  publication: (r) => <PublicationSection review={r} />,
  petition: (r) => <PetitionsSection review={r} />,
};

/** /reviews/:reviewId — one review, step by step: self-review to petition. */
export default function ReviewPage() {
  const t = useT(reviewPageMessages);
  const tr = useT(reviewsMessages);
  const id = Number(useParams().reviewId);
  const valid = Number.isSafeInteger(id) && id > 0;
  const review = useReview(valid ? id : 0);
  const phone = useMediaQuery(PHONE_QUERY);
  usePageTitle(review.data?.summary.name ?? tr('listTitle'));

  if (!valid) return <StatusPage kind="not-found" />;
  if (review.isPending) return <Spin size="large" />;
  if (review.isError) return <ErrorAlert error={review.error} />;
  const r = review.data;
  const s = r.summary;
  const steps = stepsOf(r.opinion.enabled);
  const current = currentStepIndex(s.status, r.opinion);
  const readOnly = !r.can.manage && !r.can.decide;
  const reload = () => void review.refetch();
  // Steps up to the current one; wide opinion from the start (codes may be issued before the comments).
  const shown = steps.filter((k, i) => i <= Math.max(current, 0) || k === 'opinion');

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} key={s.id}>
      <Link to={`/reviews/cycles/${r.cycle.id}`}>
        <ArrowLeftOutlined /> {t('backToCycle')}
      </Link>
      <div>
        <Space align="center" wrap>
          <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }} data-testid="review-name">
            {s.name}
          </Typography.Title>
          <ReviewStatusTag status={s.status} />
          {s.isLeader && <Tag>{t('leader')}</Tag>}
          {s.isHead && <Tag>{t('head')}</Tag>}
          {s.late && <Tag color="error">{tr('lateFlag')}</Tag>}
        </Space>
        <Typography.Paragraph style={{ margin: '4px 0 0' }}>
          {s.unitName} · {t('reviewOf', { cycle: r.cycle.title, form: s.form, ruleSet: r.ruleSetLabel })}
        </Typography.Paragraph>
      </div>
      {readOnly && <Alert type="info" showIcon title={t('readOnly')} />}
      <nav aria-label={t('progress')}>
        {phone ? (
          // Seven steps do not fit a phone's width; the step in words, the count beside it.
          <Typography.Text strong data-testid="review-step-current">
            {t('stepOf', { n: current + 1, total: steps.length, title: t(`step_${steps[current] ?? 'petition'}`) })}
          </Typography.Text>
        ) : (
          <Steps
            size="small"
            titlePlacement="vertical"
            responsive
            current={current}
            items={steps.map((k) => ({ title: t(`step_${k}`) }))}
            data-testid="review-steps"
          />
        )}
      </nav>
      {shown.map((k) => (
        <Fragment key={k}>{SECTIONS[k](r, reload)}</Fragment>
      ))}
    </Space>
  );
}
