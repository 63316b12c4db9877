import { Form, Input } from 'antd';
import { useT } from '../../../platform/web/i18n.js';
import { ContactFields, WorkFields } from './person-fields-more.js';
import { IdentityFields } from './person-fields-identity.js';
import { fieldMessages } from './person-fields.messages.js';
import { FormSection, PersonFormModal } from './person-form-modal.js';
import { inputFromValues, type PersonFormValues } from './person-form-values.js';
import { profileMessages } from './person-profile.messages.js';
import { useCreatePerson } from './people.api.js';
import { splitFullName } from './ui.js';

interface Props {
  onClose(): void;
  onCreated(id: number): void;
}

/** A new record: "Họ và tên" typed once is split into họ đệm / tên (DOMAIN §7.1), both still editable. */
export function PersonCreateModal({ onClose, onCreated }: Props) {
  const t = useT(profileMessages);
  const f = useT(fieldMessages);
  const [form] = Form.useForm<PersonFormValues>();
  const create = useCreatePerson();
  return (
    <PersonFormModal<PersonFormValues>
      form={form}
      title={t('createTitle')}
      okText={t('create')}
      width={760}
      initialValues={{ ethnicity: 'Kinh', religion: 'Không' }}
      onValuesChange={(changed) => {
        if (changed.fullName !== undefined) form.setFieldsValue(splitFullName(changed.fullName));
      }}
      onClose={onClose}
      onSubmit={async (v) => {
        const created = await create.mutateAsync({ body: inputFromValues(v) });
        onCreated(created.id);
      }}
    >
      <Form.Item name="fullName" label={f('fullName')} extra={f('fullNameHelp')}>
        <Input maxLength={140} autoComplete="off" autoFocus />
      </Form.Item>
      <IdentityFields />
      <FormSection title={f('groupWork')}>
        <WorkFields />
      </FormSection>
      <FormSection title={f('groupContact')}>
        <ContactFields />
      </FormSection>
    </PersonFormModal>
  );
}
