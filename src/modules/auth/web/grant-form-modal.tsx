import { App, Form, Modal, Select } from 'antd';
import { useApiMutation } from '../../../platform/web/api-hooks.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useFormApiError } from '../../../platform/web/form-errors.js';
import { useT } from '../../../platform/web/i18n.js';
import { authEndpoints, type Account } from '../auth.contract.js';
import { accountsMessages } from './accounts.messages.js';
import { ROLES, roleMessages } from './roles.js';
import { UnitPicker } from '../../org/web/index.js';
import { ManagementBodySelect } from './management-body-select.js';
import type { Role } from './use-session.js';

interface Values {
  role: Role;
  unitId: number;
  managementBodyId?: number;
}

const FORM_ID = 'grant-form';

/** Grant a role over a unit's subtree; a decider also names the management body they act for. */
export function GrantFormModal({ account, onClose }: { account: Account; onClose: () => void }) {
  const t = useT(accountsMessages);
  const tr = useT(roleMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  const unitId = Form.useWatch('unitId', form);
  const create = useApiMutation(authEndpoints.createGrant, [authEndpoints.listAccounts, authEndpoints.getAccount]);
  const { error, onError, clearError } = useFormApiError(form);

  return (
    <Modal
      open
      title={t('addGrantTitle', { username: account.username })}
      okText={t('addGrant')}
      cancelText={t('cancel')}
      onCancel={onClose}
      okButtonProps={{ htmlType: 'submit', form: FORM_ID }}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form<Values>
        id={FORM_ID}
        name="grant"
        form={form}
        layout="vertical"
        onValuesChange={(changed: Partial<Values>) => {
          if ('unitId' in changed || ('role' in changed && changed.role !== 'decider'))
            form.setFieldValue('managementBodyId', undefined);
        }}
        onFinish={(v) => {
          clearError();
          create.mutate(
            {
              body: {
                accountId: account.id,
                role: v.role,
                unitId: v.unitId,
                managementBodyId: v.role === 'decider' ? (v.managementBodyId ?? null) : null,
              },
            },
            {
              onSuccess: () => {
                void message.success(t('grantAdded'));
                onClose();
              },
              onError,
            },
          );
        }}
      >
        <Form.Item name="role" label={t('role')} rules={[{ required: true, message: t('roleRequired') }]}>
          <Select<Role> options={ROLES.map((r) => ({ value: r, label: tr(r) }))} placeholder={t('roleRequired')} />
        </Form.Item>
        <Form.Item name="unitId" label={t('grantUnit')} rules={[{ required: true, message: t('unitRequired') }]}>
          <UnitPicker />
        </Form.Item>
        {role === 'decider' && (
          <Form.Item name="managementBodyId" label={t('managementBody')} rules={[{ required: true, message: t('bodyRequired') }]}>
            <ManagementBodySelect unitId={unitId} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
