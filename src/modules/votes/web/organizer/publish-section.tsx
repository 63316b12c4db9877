import { DownloadOutlined, NotificationOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../../platform/web/error-alert.js';
import { useT } from '../../../../platform/web/i18n.js';
import { votesEndpoints } from '../../votes.contract.js';
import type { RoundDetail } from '../../votes.schemas.js';
import { ballotListHref, useRoundWrite } from './organizer.api.js';
import { organizerMessages } from './organizer.messages.js';
import { groupFingerprint } from './round-view.js';
import { roundRunMessages } from './round-run.messages.js';

const MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

/** Publication: once closed, publish (confirmed); once published, the list head, the list file and the receipt check. */
export function PublishSection({ round }: { round: RoundDetail }) {
  const t = useT(roundRunMessages);
  const to = useT(organizerMessages);
  const { modal, message } = App.useApp();
  const publish = useRoundWrite(votesEndpoints.publishVoteRound);
  const askPublish = () =>
    modal.confirm({
      title: t('publish'),
      content: t('publishConfirm'),
      okText: to('confirm'),
      cancelText: to('cancel'),
      onOk: () => publish.mutateAsync({ params: { id: round.id } }).then(() => void message.success(t('published'))),
    });

  return (
    <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('publishTitle')}</h2>} data-testid="publish-section">
      <ErrorAlert error={publish.error} />
      {round.status === 'closed' && round.can.manage && (
        <Button type="primary" icon={<NotificationOutlined />} onClick={askPublish} data-testid="round-publish">
          {t('publish')}
        </Button>
      )}
      {round.listHead && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <h3 id="list-head-title" style={{ fontSize: 16, margin: 0 }}>
            {t('listHead')}
          </h3>
          <div
            role="group"
            aria-labelledby="list-head-title"
            data-testid="list-head"
            style={{
              fontFamily: MONO,
              fontSize: 18,
              lineHeight: 1.6,
              padding: '8px 12px',
              background: '#f5f5f5',
              borderRadius: 8,
              display: 'inline-block',
            }}
          >
            {groupFingerprint(round.listHead).map((line, i) => (
              <div key={i}>{line.join(' ')}</div>
            ))}
          </div>
          <Typography.Paragraph style={{ margin: 0 }}>{t('listHeadHelp')}</Typography.Paragraph>
          <Space wrap size="large">
            <a href={ballotListHref(round.id)} download data-testid="ballot-list-download">
              <DownloadOutlined /> {t('downloadList')}
            </a>
            <Link to={`/vote/receipt?round=${round.id}`} data-testid="receipt-check-link">
              <SafetyCertificateOutlined /> {t('receiptLink')}
            </Link>
          </Space>
        </Space>
      )}
    </Card>
  );
}
