import { PlayCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../../../platform/web/error-alert.js';
import { useT } from '../../../../platform/web/i18n.js';
import { votesEndpoints } from '../../votes.contract.js';
import type { RoundDetail } from '../../votes.schemas.js';
import { useRoundWrite } from './organizer.api.js';
import { organizerMessages } from './organizer.messages.js';
import { roundRunMessages } from './round-run.messages.js';

/**
 * Attendance of the frozen roll, with the quorum as the server computes it (minimum present = ⌈2/3⌉ of
 * those summoned, QĐ 96-QĐ/TW). Ticks count at once on screen; saving records them; voting opens
 * only on the saved attendance and when the server says the quorum holds.
 */
export function AttendanceSection({ round }: { round: RoundDetail }) {
  const t = useT(roundRunMessages);
  const to = useT(organizerMessages);
  const { modal, message } = App.useApp();
  const save = useRoundWrite(votesEndpoints.recordVoteAttendance);
  const open = useRoundWrite(votesEndpoints.openVoteRound);
  const saved = round.roll.filter((m) => m.present).map((m) => m.id);
  const [present, setPresent] = useState<Set<number>>(() => new Set(saved));
  const dirty = present.size !== saved.length || saved.some((id) => !present.has(id));
  const manage = round.can.manage;
  const missing = Math.max(0, round.minimumPresent - present.size);

  const toggle = (id: number, on: boolean) => {
    const next = new Set(present);
    if (on) next.add(id);
    else next.delete(id);
    setPresent(next);
  };
  const submit = async () => {
    await save.mutateAsync({ params: { id: round.id }, body: { presentMemberIds: [...present] } });
    void message.success(t('attendanceSaved'));
  };
  const askOpen = () =>
    modal.confirm({
      title: t('open'),
      content: t('openConfirm'),
      okText: to('confirm'),
      cancelText: to('cancel'),
      onOk: () => open.mutateAsync({ params: { id: round.id } }).then(() => void message.success(t('opened'))),
    });

  return (
    <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('attendanceTitle')}</h2>} data-testid="attendance-section">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <ErrorAlert error={save.error ?? open.error} />
        <Space size="large" wrap>
          <Statistic title={t('present')} value={present.size} suffix={`/ ${round.summoned}`} />
          <Statistic title={t('minimumPresent')} value={round.minimumPresent} />
        </Space>
        <Typography.Paragraph style={{ margin: 0 }} data-testid="quorum-line">
          {t('quorumLine', { present: present.size, summoned: round.summoned, minimum: round.minimumPresent })}
        </Typography.Paragraph>
        <div role="status" aria-live="polite">
          {missing === 0 ? (
            <Alert type="success" showIcon title={t('quorumOk')} />
          ) : (
            <Alert type="warning" showIcon title={t('quorumMissing', { n: missing })} />
          )}
        </div>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontSize: 16, fontWeight: 600, marginBottom: 8 }}>{t('attendanceTable')}</legend>
          {manage && (
            <Space style={{ marginBottom: 8 }}>
              <Button size="small" onClick={() => setPresent(new Set(round.roll.map((m) => m.id)))}>
                {t('allPresent')}
              </Button>
              <Button size="small" onClick={() => setPresent(new Set())}>
                {t('nonePresent')}
              </Button>
            </Space>
          )}
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: 4 }}>
            {round.roll.map((m) => (
              <Checkbox
                key={m.id}
                checked={present.has(m.id)}
                disabled={!manage}
                onChange={(e) => toggle(m.id, e.target.checked)}
                data-testid={`attendance-${m.id}`}
              >
                {m.name}
              </Checkbox>
            ))}
          </div>
        </fieldset>
        {manage && (
          <>
            {dirty && <Alert type="warning" showIcon title={t('attendanceUnsaved')} />}
            <Space wrap>
              <Button
                onClick={() => void submit().catch(() => undefined)}
                disabled={!dirty}
                loading={save.isPending}
                data-testid="attendance-save"
              >
                {t('attendanceSave')}
              </Button>
              <Button
                type="primary"
                icon={<PlayCircleOutlined />}
                onClick={askOpen}
                disabled={dirty || !round.quorumReached}
                data-testid="round-open"
              >
                {t('open')}
              </Button>
            </Space>
          </>
        )}
      </Space>
    </Card>
  );
}
