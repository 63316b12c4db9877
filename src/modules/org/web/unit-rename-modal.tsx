import { Form, Input } from 'antd';
import { useT } from '../../../platform/web/i18n.js';
import type { UnitDetail } from '../org.contract.js';
import { ActionModal } from './action-modal.js';
import { EffectiveFields, effectiveBody, type EffectiveValues } from './effective-fields.js';
import { today } from './form-dates.js';
import { useRenameUnit } from './org.api.js';
import { actionMessages } from './unit-actions.messages.js';

interface Values extends EffectiveValues {
  name: string;
  shortName?: string;
}

export function UnitRenameModal({ unit, onClose }: { unit: UnitDetail; onClose(): void }) {
  const t = useT(actionMessages);
  const [form] = Form.useForm<Values>();
  const rename = useRenameUnit();
  return (
    <ActionModal<Values>
      form={form}
      title={`${t('rename')} — ${unit.name}`}
      initialValues={{ name: unit.name, ...(unit.shortName ? { shortName: unit.shortName } : {}), effectiveDate: today() }}
      onClose={onClose}
      onSubmit={(v) =>
        rename.mutateAsync({
          params: { id: unit.id },
          body: { name: v.name, shortName: v.shortName?.trim() || null, ...effectiveBody(v), version: unit.version },
        })
      }
    >
      <Form.Item
        name="name"
        label={t('name')}
        rules={[{ required: true, whitespace: true, message: t('required', { field: t('name') }) }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="shortName" label={t('shortName')}>
        <Input maxLength={60} />
      </Form.Item>
      <EffectiveFields />
    </ActionModal>
  );
}
