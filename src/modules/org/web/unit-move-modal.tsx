import { Form } from 'antd';
import { useT } from '../../../platform/web/i18n.js';
import type { UnitDetail } from '../org.contract.js';
import { ActionModal } from './action-modal.js';
import { EffectiveFields, effectiveBody, type EffectiveValues } from './effective-fields.js';
import { today } from './form-dates.js';
import { useMoveUnit } from './org.api.js';
import { actionMessages } from './unit-actions.messages.js';
import { UnitPicker } from './unit-picker.js';

interface Values extends EffectiveValues {
  newParentId: number;
}

/** Chuyển đơn vị: the whole subtree moves; the server refuses a move under the unit's own subtree. */
export function UnitMoveModal({ unit, onClose }: { unit: UnitDetail; onClose(): void }) {
  const t = useT(actionMessages);
  const [form] = Form.useForm<Values>();
  const move = useMoveUnit();
  const exclude = [unit.id, ...(unit.parentId === null ? [] : [unit.parentId])];
  return (
    <ActionModal<Values>
      form={form}
      title={`${t('move')} — ${unit.name}`}
      intro={t('moveIntro', { name: unit.name })}
      initialValues={{ effectiveDate: today() }}
      onClose={onClose}
      onSubmit={(v) =>
        move.mutateAsync({
          params: { id: unit.id },
          body: { newParentId: v.newParentId, ...effectiveBody(v), version: unit.version },
        })
      }
    >
      <Form.Item
        name="newParentId"
        label={t('newParent')}
        rules={[{ required: true, message: t('requiredPick', { field: t('newParent') }) }]}
      >
        <UnitPicker placeholder={t('pickUnit')} excludeIds={exclude} />
      </Form.Item>
      <EffectiveFields />
    </ActionModal>
  );
}
