import { PrinterOutlined, StopOutlined, QrcodeOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Statistic } from 'antd';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../../platform/web/error-alert.js';
import { useT } from '../../../../platform/web/i18n.js';
import { votesEndpoints } from '../../votes.contract.js';
import type { RoundDetail } from '../../votes.schemas.js';
import { keepIssuedCodes, useIssuedCodes } from './issued-codes.store.js';
import { useRoundWrite } from './organizer.api.js';
import { organizerMessages } from './organizer.messages.js';
import { roundRunMessages } from './round-run.messages.js';

/** While voting is open: issue the codes once (then print them), watch ballots come in, close. */
export function VotingSection({ round }: { round: RoundDetail }) {
  const t = useT(roundRunMessages);
  const to = useT(organizerMessages);
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const issue = useRoundWrite(votesEndpoints.issueVoteCodes);
  const close = useRoundWrite(votesEndpoints.closeVoteRound);
  const held = useIssuedCodes(round.id);
  const sheet = `/votes/${round.id}/codes`;
  const manage = round.can.manage;

  const askIssue = () =>
    modal.confirm({
      title: t('issueWarnTitle'),
      content: t('issueWarn', { n: round.present }),
      okText: t('issueConfirm'),
      cancelText: to('cancel'),
      onOk: async () => {
        const res = await issue.mutateAsync({ params: { id: round.id } });
        keepIssuedCodes(round.id, res.codes);
        void message.success(t('codesReady', { n: res.codes.length }));
        void navigate(sheet);
      },
    });
  const askClose = () =>
    modal.confirm({
      title: t('close'),
      content: t('closeConfirm'),
      okText: to('confirm'),
      okButtonProps: { danger: true },
      cancelText: to('cancel'),
      onOk: () => close.mutateAsync({ params: { id: round.id } }).then(() => void message.success(t('closed'))),
    });

  return (
    <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('votingTitle')}</h2>} data-testid="voting-section">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <ErrorAlert error={issue.error ?? close.error} />
        <Space size="large" wrap>
          <Statistic title={t('present')} value={round.present} suffix={`/ ${round.summoned}`} />
          <Statistic title={t('codesIssued')} value={round.codesIssued} />
          <div role="status" aria-live="polite">
            <Statistic title={t('ballotsIn')} value={round.ballotsReturned} suffix={`/ ${round.codesIssued}`} />
          </div>
        </Space>
        {round.codesIssued > 0 && !held && <Alert type="info" showIcon title={t('codesGone')} />}
        {manage && (
          <Space wrap>
            {round.codesIssued === 0 && (
              <Button type="primary" icon={<QrcodeOutlined />} onClick={askIssue} data-testid="codes-issue">
                {t('issueCodes')}
              </Button>
            )}
            {held && (
              <Link to={sheet} data-testid="codes-sheet-link">
                <PrinterOutlined /> {t('openSheet')}
              </Link>
            )}
            <Button danger icon={<StopOutlined />} onClick={askClose} data-testid="round-close">
              {t('close')}
            </Button>
          </Space>
        )}
      </Space>
    </Card>
  );
}
