import { App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { applyApiError } from '../../../../platform/web/form-errors.js';
import { ErrorAlert } from '../../../../platform/web/error-alert.js';
import { useLocale, useT } from '../../../../platform/web/i18n.js';
import { UnitPicker } from '../../../org/web/index.js';
import { DEFAULT_DENOMINATOR, DENOMINATOR_LABELS, DENOMINATORS, type DenominatorKind } from '../../vote-constants.js';
import { votesEndpoints } from '../../votes.contract.js';
import { RULE_SETS, type RuleSetCode } from '../../votes.schemas.js';
import { organizerMessages } from './organizer.messages.js';
import { useRoundWrite } from './organizer.api.js';

interface Values {
  unitId: number;
  title: string;
  ruleSet: RuleSetCode;
  voteDate: Dayjs;
  denominator: DenominatorKind;
}

/** What the date picker shows (DOMAIN §7.3); the wire carries ISO `YYYY-MM-DD`. */
const DATE_FORMAT = 'DD/MM/YYYY';

/** The create-round dialog: unit, title, rule set, vote date, denominator. Opens the new round. */
export function RoundCreateModal(props: { unitId?: number; onClose: () => void; onCreated: (id: number) => void }) {
  const t = useT(organizerMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useRoundWrite(votesEndpoints.createVoteRound);
  const [error, setError] = useState<unknown>(null);

  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setError(null);
    try {
      const round = await create.mutateAsync({
        body: {
          unitId: v.unitId,
          title: v.title,
          ruleSet: v.ruleSet,
          voteDate: v.voteDate.format('YYYY-MM-DD'),
          denominator: v.denominator,
        },
      });
      void message.success(t('created'));
      props.onCreated(round.id);
    } catch (err) {
      setError(applyApiError(form, err));
    }
  };

  return (
    <Modal
      open
      title={t('createTitle')}
      okText={t('create')}
      cancelText={t('cancel')}
      okButtonProps={{ loading: create.isPending }}
      onOk={() => void submit()}
      onCancel={props.onClose}
      width={600}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form<Values>
        form={form}
        name="vote-round"
        layout="vertical"
        requiredMark
        initialValues={{ unitId: props.unitId, ruleSet: 'party', denominator: DEFAULT_DENOMINATOR }}
        onFinish={() => void submit()}
      >
        <Form.Item name="unitId" label={t('unit')} rules={[{ required: true, message: t('unitRequired') }]}>
          <UnitPicker />
        </Form.Item>
        <Form.Item name="title" label={t('title')} rules={[{ required: true, whitespace: true, message: t('titleRequired') }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="ruleSet" label={t('ruleSet')} rules={[{ required: true }]}>
          <Radio.Group options={RULE_SETS.map((r) => ({ value: r, label: t(`ruleSet_${r}`) }))} />
        </Form.Item>
        <Form.Item name="voteDate" label={t('voteDate')} rules={[{ required: true, message: t('voteDateRequired') }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="denominator" label={t('denominator')} extra={t('denominatorHelp')}>
          <Select
            options={DENOMINATORS.map((d) => ({ value: d, label: DENOMINATOR_LABELS[d][locale] }))}
            style={{ width: 320 }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
