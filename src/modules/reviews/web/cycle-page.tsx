import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Space, Spin, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useT } from '../../../platform/web/i18n.js';
import { usePageTitle } from '../../../platform/web/page-title.js';
import { StatusPage } from '../../../platform/web/status-page.js';
import { CycleDeadlines } from './cycle-deadlines.js';
import { CycleProgress } from './cycle-progress.js';
import { CyclePublish } from './cycle-publish.js';
import { CycleReviewsTable } from './cycle-reviews-table.js';
import { QuotaExceptions } from './quota-exceptions.js';
import { usePeriodText } from './review-labels.js';
import { useCycle } from './reviews.api.js';
import { reviewsMessages } from './reviews.messages.js';
import './reviews.css';

/** /reviews/cycles/:cycleId — the cycle dashboard: deadlines, counts, progress per unit, reviews, publication. */
export default function CyclePage() {
  const t = useT(reviewsMessages);
  const id = Number(useParams().cycleId);
  const valid = Number.isSafeInteger(id) && id > 0;
  const cycle = useCycle(valid ? id : 0);
  const periodText = usePeriodText();
  usePageTitle(cycle.data?.title ?? t('listTitle'));

  if (!valid) return <StatusPage kind="not-found" />;
  if (cycle.isPending) return <Spin size="large" />;
  if (cycle.isError) return <ErrorAlert error={cycle.error} />;
  const c = cycle.data;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/reviews">
        <ArrowLeftOutlined /> {t('back')}
      </Link>
      <div>
        <Space align="center" wrap>
          <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }} data-testid="cycle-title">
            {c.title}
          </Typography.Title>
          <Tag color={c.status === 'open' ? 'processing' : 'default'}>{t(`cycleStatus_${c.status}`)}</Tag>
        </Space>
        <Typography.Paragraph style={{ margin: '4px 0 0' }}>
          {t('cycleOf', { unit: c.unitName, period: periodText(c), regime: t(`regime_${c.regime}`) })}
        </Typography.Paragraph>
      </div>
      {!c.can.manage && <Alert type="info" showIcon title={t('readOnly')} />}
      <CycleDeadlines cycle={c} />
      <CycleProgress cycle={c} />
      <CycleReviewsTable cycle={c} />
      <CyclePublish cycle={c} />
      <QuotaExceptions cycle={c} />
    </Space>
  );
}
