import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../../platform/web/i18n.js';
import type { ManagementBody, UnitDetail } from '../org.contract.js';
import { MANAGEMENT_BODY_KIND_CODES, type ManagementBodyKind } from '../unit-kinds.js';
import { ActionModal } from './action-modal.js';
import { DATE_FORMAT, fromIsoDate, toIsoDate, today } from './form-dates.js';
import { useCloseManagementBody, useCreateManagementBody } from './org.api.js';
import { actionMessages } from './unit-actions.messages.js';
import { useOrgLabels } from './unit-labels.js';

interface CreateValues {
  kind: ManagementBodyKind;
  name: string;
  validFrom: Dayjs;
}

export function BodyCreateModal({ unit, onClose }: { unit: UnitDetail; onClose(): void }) {
  const t = useT(actionMessages);
  const labels = useOrgLabels();
  const [form] = Form.useForm<CreateValues>();
  const create = useCreateManagementBody();
  return (
    <ActionModal<CreateValues>
      form={form}
      title={`${t('addBody')} — ${unit.name}`}
      initialValues={{ validFrom: today() }}
      onClose={onClose}
      onSubmit={(v) =>
        create.mutateAsync({ body: { unitId: unit.id, kind: v.kind, name: v.name, validFrom: toIsoDate(v.validFrom) } })
      }
    >
      <Form.Item
        name="kind"
        label={t('bodyKind')}
        rules={[{ required: true, message: t('requiredPick', { field: t('bodyKind') }) }]}
      >
        <Select
          options={MANAGEMENT_BODY_KIND_CODES.map((k) => ({ value: k, label: labels.bodyKind(k) }))}
          onChange={(k: ManagementBodyKind) => {
            // Suggest "Ban Thường vụ Tỉnh ủy …" until the user types a name of their own.
            if (!form.isFieldTouched('name')) form.setFieldValue('name', `${labels.bodyKind(k)} ${unit.name}`);
          }}
        />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('bodyName')}
        rules={[{ required: true, whitespace: true, message: t('required', { field: t('bodyName') }) }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="validFrom"
        label={t('bodyValidFrom')}
        rules={[{ required: true, message: t('requiredPick', { field: t('bodyValidFrom') }) }]}
      >
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
    </ActionModal>
  );
}

interface CloseValues {
  validTo: Dayjs;
}

export function BodyCloseModal({ body, onClose }: { body: ManagementBody; onClose(): void }) {
  const t = useT(actionMessages);
  const [form] = Form.useForm<CloseValues>();
  const close = useCloseManagementBody();
  const from = fromIsoDate(body.validFrom);
  return (
    <ActionModal<CloseValues>
      form={form}
      title={`${t('closeBodyTitle')} — ${body.name}`}
      okText={t('closeBody')}
      danger
      initialValues={{ validTo: today() }}
      onClose={onClose}
      onSubmit={(v) => close.mutateAsync({ params: { id: body.id }, body: { validTo: toIsoDate(v.validTo) } })}
    >
      <Form.Item
        name="validTo"
        label={t('bodyValidTo')}
        rules={[{ required: true, message: t('requiredPick', { field: t('bodyValidTo') }) }]}
      >
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} disabledDate={(d) => d.isBefore(from, 'day')} />
      </Form.Item>
    </ActionModal>
  );
}
