import { Button, Form, Space, Typography } from 'antd';
import { useApiMutation, useApiQuery } from '../../../platform/web/api-hooks.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useFormApiError } from '../../../platform/web/form-errors.js';
import { useT } from '../../../platform/web/i18n.js';
import { PageLoading } from '../../../platform/web/page-loading.js';
import { platformMessages } from '../../../platform/web/platform.messages.js';
import { authEndpoints, type Session } from '../auth.contract.js';
import { signInMessages } from './sign-in.messages.js';
import { TotpCodeField } from './totp-code-field.js';

/** `JBSWY3DPEHPK3PXP` → `JBSW Y3DP EHPK 3PXP`, easier to copy by hand. */
function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Two-factor enrolment: a fresh secret (QR code and text), then a code from the app to prove it
 * works. The QR SVG comes from our server; as an <img> it cannot run script.
 */
export function MfaEnrolment({ onDone, autoFocus = false }: { onDone: (session: Session) => void; autoFocus?: boolean }) {
  const t = useT(signInMessages);
  const tp = useT(platformMessages);
  const [form] = Form.useForm<{ code: string }>();
  // A query, not a mutation, so a double mount (React strict mode) starts one enrolment, not two.
  const start = useApiQuery(authEndpoints.startMfaEnrolment, undefined, {
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
  const confirm = useApiMutation(authEndpoints.confirmMfaEnrolment);
  const { error, onError, clearError } = useFormApiError(form);

  if (start.isPending) return <PageLoading />;
  if (start.isError) {
    return (
      <Space orientation="vertical">
        <ErrorAlert error={start.error} />
        <Button onClick={() => void start.refetch()}>{tp('retry')}</Button>
      </Space>
    );
  }
  const { secret, otpauthUri, qrSvg } = start.data;

  return (
    <div>
      <ol style={{ paddingInlineStart: 20, marginTop: 0 }}>
        <li>{t('enrolStep1')}</li>
        <li>{t('enrolStep2')}</li>
        <li>{t('enrolStep3')}</li>
      </ol>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'center', marginBottom: 16 }}>
        <img
          src={`data:image/svg+xml;utf8,${encodeURIComponent(qrSvg)}`}
          alt={t('qrAlt')}
          width={200}
          height={200}
          style={{ border: '1px solid #d9d9d9', borderRadius: 6, background: '#fff', padding: 8 }}
        />
        <div style={{ minWidth: 0, flex: '1 1 180px' }}>
          <Typography.Text strong>{t('secret')}</Typography.Text>
          <div>
            <Typography.Text code copyable={{ text: secret }} style={{ fontSize: 16, wordBreak: 'break-all' }}>
              {groupSecret(secret)}
            </Typography.Text>
          </div>
          <Typography.Link href={otpauthUri} style={{ display: 'inline-block', marginTop: 8 }}>
            {t('openInApp')}
          </Typography.Link>
        </div>
      </div>
      <ErrorAlert error={error} />
      <Form<{ code: string }>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={({ code }) => {
          clearError();
          confirm.mutate(
            { body: { code } },
            {
              onSuccess: onDone,
              onError: (e) => {
                form.setFields([{ name: 'code', value: '', errors: [] }]);
                onError(e);
              },
            },
          );
        }}
      >
        <TotpCodeField autoFocus={autoFocus} />
        <Button type="primary" htmlType="submit" loading={confirm.isPending}>
          {t('confirmEnrol')}
        </Button>
      </Form>
    </div>
  );
}
