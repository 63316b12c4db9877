import { App, Form, Input, Modal } from 'antd';
import { useApiMutation } from '../../../platform/web/api-hooks.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useFormApiError } from '../../../platform/web/form-errors.js';
import { useT } from '../../../platform/web/i18n.js';
import { authEndpoints, type Account } from '../auth.contract.js';
import { accountsMessages } from './accounts.messages.js';
import { TempPasswordField } from './password-field.js';
import { UnitPicker } from '../../org/web/index.js';

interface Values {
  username: string;
  displayName: string;
  email?: string;
  homeUnitId: number;
  password: string;
}

const FORM_ID = 'account-form';
const REFRESH = [authEndpoints.listAccounts, authEndpoints.getAccount];

/** Create an account (with a temporary password), or edit the name and email of one. */
export function AccountFormModal({ account, onClose }: { account?: Account; onClose: (created?: Account) => void }) {
  const t = useT(accountsMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useApiMutation(authEndpoints.createAccount, REFRESH);
  const update = useApiMutation(authEndpoints.updateAccount, REFRESH);
  const { error, onError, clearError } = useFormApiError(form);
  const editing = account !== undefined;

  const onFinish = (v: Values) => {
    clearError();
    const email = v.email?.trim() ? v.email.trim() : null;
    if (account) {
      update.mutate(
        { params: { id: account.id }, body: { displayName: v.displayName, email, version: account.version } },
        {
          onSuccess: () => {
            void message.success(t('saved'));
            onClose();
          },
          onError,
        },
      );
    } else {
      create.mutate(
        { body: { username: v.username, displayName: v.displayName, email, homeUnitId: v.homeUnitId, password: v.password } },
        {
          onSuccess: (created) => {
            void message.success(t('created', { username: created.username }));
            onClose(created);
          },
          onError,
        },
      );
    }
  };

  return (
    <Modal
      open
      title={editing ? t('editTitle', { username: account.username }) : t('create')}
      okText={editing ? t('save') : t('create')}
      cancelText={t('cancel')}
      onCancel={() => onClose()}
      okButtonProps={{ htmlType: 'submit', form: FORM_ID }}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form<Values>
        id={FORM_ID}
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={account ? { displayName: account.displayName, email: account.email ?? '' } : undefined}
      >
        {!editing && (
          <Form.Item
            name="username"
            label={t('username')}
            extra={t('usernameHint')}
            rules={[{ required: true, whitespace: true, message: t('required', { field: t('username').toLowerCase() }) }]}
          >
            <Input autoComplete="off" autoCapitalize="none" spellCheck={false} />
          </Form.Item>
        )}
        <Form.Item
          name="displayName"
          label={t('displayName')}
          rules={[{ required: true, whitespace: true, message: t('required', { field: t('displayName').toLowerCase() }) }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="email" label={t('email')} rules={[{ type: 'email', message: t('invalidEmail') }]}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        {!editing && (
          <>
            <Form.Item name="homeUnitId" label={t('homeUnit')} rules={[{ required: true, message: t('unitRequired') }]}>
              <UnitPicker />
            </Form.Item>
            <TempPasswordField label={t('tempPassword')} />
          </>
        )}
      </Form>
    </Modal>
  );
}
