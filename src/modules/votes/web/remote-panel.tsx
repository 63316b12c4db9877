import { Alert, Button, Card, Checkbox, Space, Statistic, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { useApiMutation, useApiQuery } from '../../../platform/web/api-hooks.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useT } from '../../../platform/web/i18n.js';
import { votesRemoteEndpoints } from '../votes-remote.contract.js';
import type { RoundDetail } from '../votes.schemas.js';
import { remoteVoteMessages } from './remote-vote.messages.js';

/** While voting is open the counts move: polled this often (as the round page polls its detail). */
const REMOTE_REFRESH_MS = 5_000;

type Invitation = { rollMemberId: number; name: string; code: string };

/**
 * The organizer's remote voting panel (ADR 011): allow it on a draft round; once open, issue one-time
 * invitations to absent members (shown once) and watch how many tokens were signed and spent.
 */
export function RemotePanel({ round }: { round: RoundDetail }) {
  const t = useT(remoteVoteMessages);
  const params = { params: { id: round.id } };
  const status = useApiQuery(votesRemoteEndpoints.getVoteRemote, params, {
    refetchInterval: round.status === 'open' ? REMOTE_REFRESH_MS : false,
  });
  const set = useApiMutation(votesRemoteEndpoints.setVoteRemote, [votesRemoteEndpoints.getVoteRemote]);
  const invite = useApiMutation(votesRemoteEndpoints.issueVoteInvitations, [votesRemoteEndpoints.getVoteRemote]);
  const [chosen, setChosen] = useState<number[]>([]);
  const [issued, setIssued] = useState<Invitation[]>([]);
  const data = status.data;
  const manage = round.can.manage;
  const absent = round.roll.filter((m) => !m.present);
  const url = `${window.location.origin}/vote/${round.id}/remote`;

  return (
    <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('panelTitle')}</h2>} data-testid="remote-panel">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <ErrorAlert error={status.error ?? set.error ?? invite.error} />
        <Space wrap>
          <Switch
            checked={data?.remoteAllowed ?? false}
            disabled={!manage || round.status !== 'draft' || set.isPending}
            loading={set.isPending}
            onChange={(remoteAllowed) => set.mutate({ ...params, body: { remoteAllowed } })}
            aria-label={t('panelAllow')}
          />
          <Typography.Text>{t('panelAllow')}</Typography.Text>
        </Space>
        {round.status === 'draft' ? <Typography.Text type="secondary">{t('panelDraftOnly')}</Typography.Text> : null}
        {data?.variant && <Typography.Text type="secondary">{t('panelVariant', { variant: data.variant })}</Typography.Text>}
        {data?.remoteAllowed && round.status !== 'draft' && (
          <Space size="large" wrap role="status" aria-live="polite">
            <Statistic title={t('panelInvitations')} value={data.invitationsIssued} />
            <Statistic title={t('panelTokens')} value={data.tokensIssued} />
            <Statistic title={t('panelSpent')} value={data.tokensSpent} suffix={`/ ${data.tokensIssued}`} />
          </Space>
        )}
        {data?.remoteAllowed && round.status === 'open' && manage && (
          <>
            <Typography.Paragraph copyable={{ text: url }}>{t('panelLink', { url })}</Typography.Paragraph>
            <Checkbox.Group
              options={absent.map((m) => ({ value: m.id, label: m.name }))}
              value={chosen}
              onChange={(ids) => setChosen(ids)}
            />
            <Button
              disabled={chosen.length === 0}
              loading={invite.isPending}
              onClick={() =>
                invite.mutate(
                  { ...params, body: { rollMemberIds: chosen } },
                  { onSuccess: (r) => (setIssued(r.invitations), setChosen([])) },
                )
              }
              data-testid="remote-invite"
            >
              {t('panelInvite')}
            </Button>
            {issued.length > 0 && (
              <>
                <Alert type="warning" showIcon title={t('panelInviteHelp')} />
                <Table<Invitation>
                  size="small"
                  rowKey="rollMemberId"
                  pagination={false}
                  dataSource={issued}
                  columns={[
                    { dataIndex: 'name', title: '' },
                    {
                      dataIndex: 'code',
                      title: '',
                      render: (code: string) => (
                        <Typography.Text code copyable>
                          {code}
                        </Typography.Text>
                      ),
                    },
                  ]}
                />
              </>
            )}
          </>
        )}
      </Space>
    </Card>
  );
}
