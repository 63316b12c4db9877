import { Form } from 'antd';
import { useState } from 'react';
import { useT } from '../../../platform/web/i18n.js';
import type { UnitDetail, UnitSummary } from '../org.contract.js';
import { ActionModal } from './action-modal.js';
import { EffectiveFields, effectiveBody, type EffectiveValues } from './effective-fields.js';
import { DATE_FORMAT, today } from './form-dates.js';
import { useMergeUnit } from './org.api.js';
import { actionMessages } from './unit-actions.messages.js';
import { UnitPicker } from './unit-picker.js';

interface Values extends EffectiveValues {
  targetId: number;
}

/** Sáp nhập: the children move to the target; the unit stays findable with status "merged". */
export function UnitMergeModal({ unit, onClose }: { unit: UnitDetail; onClose(): void }) {
  const t = useT(actionMessages);
  const [form] = Form.useForm<Values>();
  const [target, setTarget] = useState<UnitSummary | undefined>();
  const merge = useMergeUnit();
  return (
    <ActionModal<Values>
      form={form}
      title={`${t('merge')} — ${unit.name}`}
      okText={t('merge')}
      danger
      intro={t('mergeIntro', { name: unit.name })}
      initialValues={{ effectiveDate: today() }}
      confirm={(v) => {
        const vars = { name: unit.name, target: target?.name ?? `#${v.targetId}`, date: v.effectiveDate.format(DATE_FORMAT) };
        return { title: t('mergeConfirmTitle', vars), content: t('mergeConfirmBody', vars) };
      }}
      onClose={onClose}
      onSubmit={(v) =>
        merge.mutateAsync({
          params: { id: unit.id },
          body: { targetId: v.targetId, ...effectiveBody(v), version: unit.version },
        })
      }
    >
      <Form.Item
        name="targetId"
        label={t('mergeTarget')}
        rules={[{ required: true, message: t('requiredPick', { field: t('mergeTarget') }) }]}
      >
        <UnitPicker placeholder={t('pickUnit')} excludeIds={[unit.id]} onChange={(_, u) => setTarget(u)} />
      </Form.Item>
      <EffectiveFields />
    </ActionModal>
  );
}
