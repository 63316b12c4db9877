import { App, Button, Typography } from 'antd';
import { CenteredPage } from '../../../platform/web/centered-page.js';
import { useT } from '../../../platform/web/i18n.js';
import { usePageTitle } from '../../../platform/web/page-title.js';
import { ChangePasswordForm } from './change-password-form.js';
import { signInMessages } from './sign-in.messages.js';
import { useLogout, useSetSession } from './use-session.js';

/** The step owed after an administrator reset the password. */
export default function PasswordPage() {
  const t = useT(signInMessages);
  usePageTitle(t('passwordTitle'));
  const setSession = useSetSession();
  const { message } = App.useApp();
  const logout = useLogout();
  return (
    <CenteredPage title={t('passwordTitle')}>
      <Typography.Paragraph>{t('passwordRequiredIntro')}</Typography.Paragraph>
      <ChangePasswordForm
        autoFocus
        onDone={(session) => {
          setSession(session);
          void message.success(t('passwordChanged'));
        }}
      />
      <Button type="link" onClick={() => void logout()} style={{ marginTop: 12, paddingInline: 0 }}>
        {t('logout')}
      </Button>
    </CenteredPage>
  );
}
