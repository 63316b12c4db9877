import { CheckCircleFilled } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Popconfirm, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useApiMutation } from '../../../platform/web/api-hooks.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useT } from '../../../platform/web/i18n.js';
import { LanguageSwitch } from '../../../platform/web/language-switch.js';
import { usePageTitle } from '../../../platform/web/page-title.js';
import { authEndpoints } from '../auth.contract.js';
import { accountsMessages } from './accounts.messages.js';
import { ChangePasswordForm } from './change-password-form.js';
import { GrantList } from './grant-list.js';
import { MfaEnrolment } from './mfa-enrolment.js';
import { signInMessages } from './sign-in.messages.js';
import { useSessionAccount, useSetSession } from './use-session.js';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {title}
        </Typography.Title>
      }
      style={{ marginBottom: 16 }}
    >
      {children}
    </Card>
  );
}

/** The signed-in user's own account: details, permissions, language, password, two-factor, sessions. */
export default function MePage() {
  const t = useT(accountsMessages);
  const ts = useT(signInMessages);
  usePageTitle(t('meTitle'));
  const { message } = App.useApp();
  const account = useSessionAccount();
  const setSession = useSetSession();
  const [enrolling, setEnrolling] = useState(false);
  const logoutEverywhere = useApiMutation(authEndpoints.logoutEverywhere);

  return (
    <div style={{ maxWidth: 860 }}>
      <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
        {t('meTitle')}
      </Typography.Title>
      <Section title={t('accountInfo')}>
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'username', label: t('username'), children: account.username },
            { key: 'name', label: t('displayName'), children: account.displayName },
          ]}
        />
      </Section>
      <Section title={t('myGrants')}>
        <GrantList grants={account.grants} />
      </Section>
      <Section title={t('language')}>
        <LanguageSwitch />
      </Section>
      <Section title={ts('passwordTitle')}>
        <ChangePasswordForm
          onDone={(session) => {
            setSession(session);
            void message.success(ts('passwordChanged'));
          }}
        />
      </Section>
      <Section title={t('mfaHeading')}>
        {account.mfaEnabled ? (
          <Space align="start">
            <CheckCircleFilled style={{ color: '#2f7d1f', fontSize: 18, marginTop: 3 }} aria-hidden="true" />
            <Typography.Text>{t('mfaEnabledText')}</Typography.Text>
          </Space>
        ) : enrolling ? (
          <MfaEnrolment
            autoFocus
            onDone={(session) => {
              setSession(session);
              setEnrolling(false);
              void message.success(ts('enrolDone'));
            }}
          />
        ) : (
          <>
            <Typography.Paragraph>{t('mfaDisabledText')}</Typography.Paragraph>
            <Button type="primary" onClick={() => setEnrolling(true)}>
              {t('mfaEnable')}
            </Button>
          </>
        )}
      </Section>
      <Section title={t('sessionsHeading')}>
        <Typography.Paragraph>{t('sessionsText')}</Typography.Paragraph>
        <ErrorAlert error={logoutEverywhere.error} />
        <Popconfirm
          title={t('logoutEverywhereConfirm')}
          okText={t('logoutEverywhere')}
          cancelText={t('cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() =>
            logoutEverywhere.mutate(
              {},
              {
                // This session ended too: start again at /login with nothing of it in memory.
                onSuccess: () => window.location.assign('/login'),
              },
            )
          }
        >
          <Button danger loading={logoutEverywhere.isPending}>
            {t('logoutEverywhere')}
          </Button>
        </Popconfirm>
      </Section>
    </div>
  );
}
