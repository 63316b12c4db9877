import { Alert, App, Button } from 'antd';
import { CenteredPage } from '../../../platform/web/centered-page.js';
import { useT } from '../../../platform/web/i18n.js';
import { usePageTitle } from '../../../platform/web/page-title.js';
import { MfaEnrolment } from './mfa-enrolment.js';
import { signInMessages } from './sign-in.messages.js';
import { useLogout, useSetSession } from './use-session.js';

/** The step administrators owe before they can work: turn on two-factor. */
export default function MfaEnrolPage() {
  const t = useT(signInMessages);
  usePageTitle(t('enrolTitle'));
  const setSession = useSetSession();
  const { message } = App.useApp();
  const logout = useLogout();
  return (
    <CenteredPage title={t('enrolTitle')} width={560}>
      <Alert type="info" showIcon role="note" title={t('enrolRequired')} style={{ marginBottom: 16 }} />
      <MfaEnrolment
        autoFocus
        onDone={(session) => {
          setSession(session);
          void message.success(t('enrolDone'));
        }}
      />
      <Button type="link" onClick={() => void logout()} style={{ marginTop: 12, paddingInline: 0 }}>
        {t('logout')}
      </Button>
    </CenteredPage>
  );
}
