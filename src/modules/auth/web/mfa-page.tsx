import { Button, Form, Typography, type InputRef } from 'antd';
import { useRef } from 'react';
import { useApiMutation } from '../../../platform/web/api-hooks.js';
import { CenteredPage } from '../../../platform/web/centered-page.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useFormApiError } from '../../../platform/web/form-errors.js';
import { useT } from '../../../platform/web/i18n.js';
import { usePageTitle } from '../../../platform/web/page-title.js';
import { authEndpoints } from '../auth.contract.js';
import { signInMessages } from './sign-in.messages.js';
import { TotpCodeField } from './totp-code-field.js';
import { useLogout, useSetSession } from './use-session.js';

/** Step 2 for accounts with two-factor: the code. Six digits submit by themselves. */
export default function MfaPage() {
  const t = useT(signInMessages);
  usePageTitle(t('mfaTitle'));
  const [form] = Form.useForm<{ code: string }>();
  const inputRef = useRef<InputRef>(null);
  const setSession = useSetSession();
  const logout = useLogout();
  const verify = useApiMutation(authEndpoints.verifyMfa);
  const { error, onError, clearError } = useFormApiError(form);

  const submit = (code: string) => {
    if (verify.isPending) return;
    clearError();
    verify.mutate(
      { body: { code } },
      {
        onSuccess: setSession,
        onError: (e) => {
          form.setFields([{ name: 'code', value: '', errors: [] }]);
          onError(e);
          inputRef.current?.focus();
        },
      },
    );
  };

  return (
    <CenteredPage title={t('mfaTitle')}>
      <Typography.Paragraph>{t('mfaIntro')}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <Form<{ code: string }>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => submit(v.code)}
        onValuesChange={(changed: { code?: string }) => {
          if (changed.code && /^\d{6}$/.test(changed.code)) submit(changed.code);
        }}
      >
        <TotpCodeField inputRef={inputRef} autoFocus />
        <Button type="primary" htmlType="submit" block size="large" loading={verify.isPending}>
          {t('verify')}
        </Button>
      </Form>
      <Button type="link" onClick={() => void logout()} style={{ marginTop: 12, paddingInline: 0 }}>
        {t('otherAccount')}
      </Button>
    </CenteredPage>
  );
}
