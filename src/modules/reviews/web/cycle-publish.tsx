import { NotificationOutlined } from '@ant-design/icons';
import { App, Button, Card, Typography } from 'antd';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { formatDate } from '../../../platform/web/format.js';
import { useT } from '../../../platform/web/i18n.js';
import { reviewsPublicationEndpoints } from '../reviews-publication.contract.js';
import type { CycleDetail } from '../reviews.contract.js';
import { useReviewsWrite } from './reviews.api.js';
import { reviewsMessages } from './reviews.messages.js';
import { testId } from './review-labels.js';

/** Publication within the unit: every decided rating of the cycle, confirmed with how many. */
export function CyclePublish({ cycle }: { cycle: CycleDetail }) {
  const t = useT(reviewsMessages);
  const { modal, message } = App.useApp();
  const publish = useReviewsWrite(reviewsPublicationEndpoints.publishReviewResults);
  const decided = cycle.counts.decided;
  const ask = () =>
    modal.confirm({
      title: t('publish'),
      content: t('publishConfirm', { n: decided }),
      okText: t('confirm'),
      cancelText: t('cancel'),
      okButtonProps: { ...testId('cycle-publish-confirm') },
      onOk: () =>
        publish
          .mutateAsync({ params: { id: cycle.id }, body: {} })
          .then((r) => void message.success(t('publishedN', { n: r.published, date: formatDate(r.publishedOn) })))
          .catch(() => undefined),
    });

  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('publishTitle')}</h2>}
      data-testid="cycle-publish-section"
    >
      <ErrorAlert error={publish.error} />
      <Typography.Paragraph style={{ margin: '0 0 8px' }} data-testid="cycle-published-count">
        {t('publishedCount', { n: cycle.counts.published })}
      </Typography.Paragraph>
      {cycle.can.manage &&
        (decided > 0 ? (
          <Button type="primary" icon={<NotificationOutlined />} onClick={ask} data-testid="cycle-publish">
            {t('publish')} ({decided})
          </Button>
        ) : (
          <Typography.Text type="secondary">{t('publishNone')}</Typography.Text>
        ))}
    </Card>
  );
}
