import { Button, Form, Input, Typography } from 'antd';
import { useApiMutation } from '../../../platform/web/api-hooks.js';
import { CenteredPage } from '../../../platform/web/centered-page.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useFormApiError } from '../../../platform/web/form-errors.js';
import { useT } from '../../../platform/web/i18n.js';
import { usePageTitle } from '../../../platform/web/page-title.js';
import { authEndpoints } from '../auth.contract.js';
import { signInMessages } from './sign-in.messages.js';
import { useSetSession } from './use-session.js';

interface LoginValues {
  username: string;
  password: string;
}

/** Step 1: username and password. The route guard moves on once the session says what comes next. */
export default function LoginPage() {
  const t = useT(signInMessages);
  usePageTitle(t('loginTitle'));
  const [form] = Form.useForm<LoginValues>();
  const setSession = useSetSession();
  const login = useApiMutation(authEndpoints.login);
  const { error, onError, clearError } = useFormApiError(form);

  const onFinish = (body: LoginValues) => {
    clearError();
    login.mutate(
      { body },
      {
        onSuccess: setSession,
        onError: (e) => {
          form.setFieldValue('password', '');
          onError(e);
          form.getFieldInstance('password')?.focus?.();
        },
      },
    );
  };

  return (
    <CenteredPage title={t('loginTitle')}>
      <Typography.Paragraph type="secondary">{t('loginIntro')}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <Form<LoginValues> form={form} layout="vertical" requiredMark={false} onFinish={onFinish}>
        <Form.Item
          name="username"
          label={t('username')}
          rules={[{ required: true, whitespace: true, message: t('usernameRequired') }]}
        >
          <Input autoComplete="username" autoCapitalize="none" spellCheck={false} autoFocus size="large" />
        </Form.Item>
        <Form.Item name="password" label={t('password')} rules={[{ required: true, message: t('passwordRequired') }]}>
          <Input.Password autoComplete="current-password" size="large" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
          {t('login')}
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
        {t('forgotHint')}
      </Typography.Paragraph>
    </CenteredPage>
  );
}
