import { Form } from 'antd';
import { useT } from '../../../platform/web/i18n.js';
import type { PersonDetail } from '../people.contract.js';
import { ContactFields, EducationFields, PartyHealthFields, WorkFields } from './person-fields-more.js';
import { IdentityFields } from './person-fields-identity.js';
import { fieldMessages } from './person-fields.messages.js';
import { FormSection, PersonFormModal } from './person-form-modal.js';
import { inputFromValues, valuesFromDetail, type PersonFormValues } from './person-form-values.js';
import { profileMessages } from './person-profile.messages.js';
import { useUpdatePerson } from './people.api.js';

/** The general information (form 2C) in one dialog, grouped as on the form; sent with the version read. */
export function PersonEditModal({ person, onClose }: { person: PersonDetail; onClose(): void }) {
  const t = useT(profileMessages);
  const f = useT(fieldMessages);
  const [form] = Form.useForm<PersonFormValues>();
  const update = useUpdatePerson();
  return (
    <PersonFormModal<PersonFormValues>
      form={form}
      title={t('editTitle', { name: person.fullName })}
      width={760}
      initialValues={valuesFromDetail(person)}
      onClose={onClose}
      onSubmit={(v) =>
        update.mutateAsync({ params: { id: person.id }, body: { ...inputFromValues(v), version: person.version } })
      }
    >
      <FormSection title={f('groupIdentity')}>
        <IdentityFields />
      </FormSection>
      <FormSection title={f('groupContact')}>
        <ContactFields />
      </FormSection>
      <FormSection title={f('groupWork')}>
        <WorkFields />
      </FormSection>
      <FormSection title={f('groupEducation')}>
        <EducationFields />
      </FormSection>
      <FormSection title={f('groupParty')}>
        <PartyHealthFields />
      </FormSection>
    </PersonFormModal>
  );
}
