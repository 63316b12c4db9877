import { DeleteOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Collapse, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { DataTable } from '../../../../platform/web/data-table.js';
import { ErrorAlert } from '../../../../platform/web/error-alert.js';
import { useT } from '../../../../platform/web/i18n.js';
import { votesEndpoints } from '../../votes.contract.js';
import type { RoundDetail } from '../../votes.schemas.js';
import { useRoundWrite } from './organizer.api.js';
import { organizerMessages } from './organizer.messages.js';
import { PersonSearchSelect } from './person-search-select.js';
import { RollFingerprint } from './roll-fingerprint.js';

interface Member {
  key: string;
  personId?: number;
  name: string;
}

const fromRound = (r: RoundDetail): Member[] =>
  r.roll.map((m) => ({ key: `m${m.id}`, name: m.name, ...(m.personId !== null ? { personId: m.personId } : {}) }));

/** The roll of members summoned: built from the registry or typed names, saved, then frozen (fingerprint shown). */
export function RollSection({ round }: { round: RoundDetail }) {
  const t = useT(organizerMessages);
  const editable = round.can.manage && round.status === 'draft' && round.rollFingerprint === null;
  return (
    <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('rollTitle')}</h2>} data-testid="roll-section">
      {round.rollFingerprint && <RollFingerprint value={round.rollFingerprint} />}
      {editable ? (
        <RollEditor round={round} />
      ) : round.status === 'draft' ? (
        <RollTable members={fromRound(round)} />
      ) : (
        // Once voting opened the roll is history: folded, so the tally comes into view sooner.
        <Collapse
          size="small"
          items={[
            { key: 'roll', label: t('rollCount', { n: round.roll.length }), children: <RollTable members={fromRound(round)} /> },
          ]}
        />
      )}
    </Card>
  );
}

function RollTable({ members, onRemove }: { members: Member[]; onRemove?: (key: string) => void }) {
  const t = useT(organizerMessages);
  const columns = [
    { title: '#', key: 'n', width: 60, render: (_: unknown, __: Member, i: number) => i + 1 },
    { title: t('colName'), dataIndex: 'name', key: 'name' },
    ...(onRemove
      ? [
          {
            title: '',
            key: 'remove',
            width: 60,
            render: (_: unknown, m: Member) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('rollRemove', { name: m.name })}
                onClick={() => onRemove(m.key)}
              />
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <Typography.Paragraph>{t('rollCount', { n: members.length })}</Typography.Paragraph>
      <DataTable<Member>
        label={t('rollTable')}
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={members}
        pagination={false}
        scroll={{ y: 360, x: 'max-content' }}
        locale={{ emptyText: t('noRoll') }}
      />
    </>
  );
}

function RollEditor({ round }: { round: RoundDetail }) {
  const t = useT(organizerMessages);
  const { modal, message } = App.useApp();
  const save = useRoundWrite(votesEndpoints.setVoteRoll);
  const freeze = useRoundWrite(votesEndpoints.freezeVoteRoll);
  const [members, setMembers] = useState<Member[]>(() => fromRound(round));
  const [dirty, setDirty] = useState(false);
  const [names, setNames] = useState('');
  const [seq, setSeq] = useState(0);
  const picked = new Set(members.flatMap((m) => (m.personId !== undefined ? [m.personId] : [])));

  const change = (next: Member[]) => {
    setMembers(next);
    setDirty(true);
  };
  const addNames = () => {
    const typed = names
      .split('\n')
      .map((n) => n.trim())
      .filter((n) => n.length > 0);
    change([...members, ...typed.map((name, i) => ({ key: `n${seq + i}`, name }))]);
    setSeq(seq + typed.length);
    setNames('');
  };
  const submit = async () => {
    const body = { members: members.map((m) => (m.personId !== undefined ? { personId: m.personId } : { name: m.name })) };
    await save.mutateAsync({ params: { id: round.id }, body });
    setDirty(false);
    void message.success(t('rollSaved'));
  };
  const askFreeze = () =>
    modal.confirm({
      title: t('rollFreeze'),
      content: t('rollFreezeConfirm'),
      okText: t('confirm'),
      cancelText: t('cancel'),
      onOk: () => freeze.mutateAsync({ params: { id: round.id } }).then(() => void message.success(t('rollFrozen'))),
    });

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ErrorAlert error={save.error ?? freeze.error} />
      <Space wrap align="start" size="large">
        <Form.Item label={t('rollFromPeople')} htmlFor="vote-roll-person" layout="vertical" style={{ marginBottom: 0 }}>
          <PersonSearchSelect
            id="vote-roll-person"
            data-testid="roll-person"
            value={undefined}
            excludeIds={picked}
            onChange={(p) => p && change([...members, { key: `p${p.id}`, personId: p.id, name: p.fullName }])}
          />
        </Form.Item>
        <Form.Item label={t('rollFreeName')} htmlFor="vote-roll-names" layout="vertical" style={{ marginBottom: 0 }}>
          <Space orientation="vertical">
            <Input.TextArea
              id="vote-roll-names"
              data-testid="roll-names"
              rows={3}
              value={names}
              onChange={(e) => setNames(e.target.value)}
              style={{ width: 360 }}
            />
            <Button onClick={addNames} disabled={names.trim() === ''} data-testid="roll-add-names">
              {t('rollAddNames')}
            </Button>
          </Space>
        </Form.Item>
      </Space>
      <RollTable members={members} onRemove={(key) => change(members.filter((m) => m.key !== key))} />
      {dirty && <Alert type="warning" showIcon title={t('rollUnsaved')} />}
      <Space wrap>
        <Button
          type="primary"
          onClick={() => void submit().catch(() => undefined)}
          disabled={!dirty || members.length === 0}
          loading={save.isPending}
          data-testid="roll-save"
        >
          {t('rollSave')}
        </Button>
        <Button icon={<LockOutlined />} onClick={askFreeze} disabled={dirty || round.roll.length === 0} data-testid="roll-freeze">
          {t('rollFreeze')}
        </Button>
      </Space>
    </Space>
  );
}
