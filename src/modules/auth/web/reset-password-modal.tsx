import { App, Form, Modal } from 'antd';
import { useApiMutation } from '../../../platform/web/api-hooks.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useFormApiError } from '../../../platform/web/form-errors.js';
import { useT } from '../../../platform/web/i18n.js';
import { authEndpoints, type Account } from '../auth.contract.js';
import { accountsMessages } from './accounts.messages.js';
import { TempPasswordField } from './password-field.js';

const FORM_ID = 'reset-password-form';

/** An administrator sets a temporary password; the holder must change it at the next sign-in. */
export function ResetPasswordModal({ account, onClose }: { account: Account; onClose: () => void }) {
  const t = useT(accountsMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newPassword: string }>();
  const reset = useApiMutation(authEndpoints.resetPassword, [authEndpoints.listAccounts, authEndpoints.getAccount]);
  const { error, onError, clearError } = useFormApiError(form);
  return (
    <Modal
      open
      title={t('resetPasswordTitle', { username: account.username })}
      okText={t('resetPassword')}
      cancelText={t('cancel')}
      onCancel={onClose}
      okButtonProps={{ htmlType: 'submit', form: FORM_ID }}
      confirmLoading={reset.isPending}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form<{ newPassword: string }>
        id={FORM_ID}
        form={form}
        layout="vertical"
        onFinish={({ newPassword }) => {
          clearError();
          reset.mutate(
            { params: { id: account.id }, body: { newPassword } },
            {
              onSuccess: () => {
                void message.success(t('resetPasswordDone'));
                onClose();
              },
              onError,
            },
          );
        }}
      >
        <TempPasswordField name="newPassword" label={t('tempPassword')} />
      </Form>
    </Modal>
  );
}
