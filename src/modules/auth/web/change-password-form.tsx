import { Button, Form, Input } from 'antd';
import { useApiMutation } from '../../../platform/web/api-hooks.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useFormApiError } from '../../../platform/web/form-errors.js';
import { useT } from '../../../platform/web/i18n.js';
import { authEndpoints, type Session } from '../auth.contract.js';
import { PASSWORD_MIN_LENGTH } from '../password.rules.js';
import { signInMessages } from './sign-in.messages.js';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Current + new + repeat. The server's policy reasons land under "new password", one per line. */
export function ChangePasswordForm({ onDone, autoFocus = false }: { onDone: (session: Session) => void; autoFocus?: boolean }) {
  const t = useT(signInMessages);
  const [form] = Form.useForm<Values>();
  const change = useApiMutation(authEndpoints.changePassword);
  const { error, onError, clearError } = useFormApiError(form);

  const onFinish = ({ currentPassword, newPassword }: Values) => {
    clearError();
    change.mutate(
      { body: { currentPassword, newPassword } },
      {
        onSuccess: (session) => {
          form.resetFields();
          onDone(session);
        },
        onError,
      },
    );
  };

  return (
    <>
      <ErrorAlert error={error} />
      <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={onFinish} style={{ maxWidth: 420 }}>
        <Form.Item
          name="currentPassword"
          label={t('currentPassword')}
          rules={[{ required: true, message: t('passwordRequired') }]}
        >
          <Input.Password autoComplete="current-password" autoFocus={autoFocus} />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('newPassword')}
          extra={t('passwordHint', { min: PASSWORD_MIN_LENGTH })}
          style={{ marginBottom: 24 }}
          dependencies={['currentPassword']}
          rules={[
            { required: true, message: t('newPasswordRequired') },
            ({ getFieldValue }) => ({
              validator: (_, v: unknown) =>
                v && v === getFieldValue('currentPassword') ? Promise.reject(new Error(t('sameAsCurrent'))) : Promise.resolve(),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('newPasswordRequired') },
            ({ getFieldValue }) => ({
              validator: (_, v: unknown) =>
                !v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('confirmMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('changePassword')}
        </Button>
      </Form>
    </>
  );
}
