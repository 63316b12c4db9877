import { Form, Input } from 'antd';
import { useT } from '../../../platform/web/i18n.js';
import type { UnitDetail } from '../org.contract.js';
import { ActionModal } from './action-modal.js';
import { EffectiveFields, effectiveBody, type EffectiveValues } from './effective-fields.js';
import { DATE_FORMAT, today } from './form-dates.js';
import { useDissolveUnit } from './org.api.js';
import { actionMessages } from './unit-actions.messages.js';

interface Values extends EffectiveValues {
  note?: string;
}

export function UnitDissolveModal({ unit, onClose }: { unit: UnitDetail; onClose(): void }) {
  const t = useT(actionMessages);
  const [form] = Form.useForm<Values>();
  const dissolve = useDissolveUnit();
  return (
    <ActionModal<Values>
      form={form}
      title={`${t('dissolve')} — ${unit.name}`}
      okText={t('dissolve')}
      danger
      intro={t('dissolveIntro')}
      initialValues={{ effectiveDate: today() }}
      confirm={(v) => {
        const vars = { name: unit.name, date: v.effectiveDate.format(DATE_FORMAT) };
        return { title: t('dissolveConfirmTitle', vars), content: t('dissolveConfirmBody', vars) };
      }}
      onClose={onClose}
      onSubmit={(v) =>
        dissolve.mutateAsync({
          params: { id: unit.id },
          body: { ...effectiveBody(v), note: v.note?.trim() || null, version: unit.version },
        })
      }
    >
      <EffectiveFields />
      <Form.Item name="note" label={t('note')}>
        <Input.TextArea maxLength={500} rows={3} />
      </Form.Item>
    </ActionModal>
  );
}
