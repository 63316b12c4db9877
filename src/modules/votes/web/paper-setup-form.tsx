import { Button, Form, InputNumber, Select, Space } from 'antd';
import { useApiMutation, useApiQuery } from '../../../platform/web/api-hooks.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useT } from '../../../platform/web/i18n.js';
import { MAX_PAPER_SHEET_NO } from '../paper-entry.rules.js';
import { votesPaperEndpoints as pe, type PaperStatus } from '../votes-paper.contract.js';
import { paperEntryMessages } from './paper-entry.messages.js';

interface SetupValues {
  counter1AccountId?: number;
  counter2AccountId?: number;
  ballotsHandedOut?: number | null;
}

/**
 * The organizer names the two counters (accounts of the round's unit or below) and records how many
 * paper ballots were handed out. A slot that already holds entries keeps its counter (the server says so).
 */
export function PaperSetupForm({ status }: { status: PaperStatus }) {
  const t = useT(paperEntryMessages);
  const [form] = Form.useForm<SetupValues>();
  const candidates = useApiQuery(pe.listVotePaperCandidates, { params: { id: status.roundId } });
  const set = useApiMutation(pe.setVotePaper, [pe.getVotePaper]);
  const options = (candidates.data?.items ?? []).map((a) => ({ value: a.id, label: `${a.displayName} (${a.username})` }));
  const initial: SetupValues = {
    counter1AccountId: status.counters.find((c) => c.slot === 1)?.accountId,
    counter2AccountId: status.counters.find((c) => c.slot === 2)?.accountId,
    ballotsHandedOut: status.ballotsHandedOut ?? 0,
  };

  const submit = (v: SetupValues) => {
    if (v.counter1AccountId === undefined || v.counter2AccountId === undefined) return;
    set.mutate({
      params: { id: status.roundId },
      body: {
        counter1AccountId: v.counter1AccountId,
        counter2AccountId: v.counter2AccountId,
        ballotsHandedOut: v.ballotsHandedOut ?? 0,
      },
    });
  };

  return (
    <Form<SetupValues> form={form} layout="vertical" initialValues={initial} onFinish={submit} data-testid="paper-setup">
      {candidates.isError && <ErrorAlert error={candidates.error} />}
      <Space wrap align="start">
        {([1, 2] as const).map((slot) => (
          <Form.Item
            key={slot}
            name={`counter${slot}AccountId`}
            label={t('setupCounter', { slot })}
            rules={[{ required: true, message: t('setupCounterRequired', { slot }) }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={options}
              loading={candidates.isPending}
              style={{ minWidth: 260 }}
            />
          </Form.Item>
        ))}
        <Form.Item name="ballotsHandedOut" label={t('setupHandedOut')}>
          <InputNumber min={0} max={MAX_PAPER_SHEET_NO} precision={0} />
        </Form.Item>
      </Space>
      {set.error && <ErrorAlert error={set.error} />}
      <Button htmlType="submit" loading={set.isPending}>
        {t('setupSave')}
      </Button>
    </Form>
  );
}
