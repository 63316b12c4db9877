import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useApiQuery } from '../../../platform/web/api-hooks.js';
import { useErrorText } from '../../../platform/web/error-alert.js';
import { formatNumber } from '../../../platform/web/format.js';
import { useLocale, useT } from '../../../platform/web/i18n.js';
import { auditEndpoints } from '../audit.contract.js';
import { auditMessages } from './audit.messages.js';

/** "Kiểm tra tính toàn vẹn": recomputes the hash chain on the server and names the first broken link. */
export function AuditVerify() {
  const t = useT(auditMessages);
  const { locale } = useLocale();
  const errorText = useErrorText();
  const check = useApiQuery(auditEndpoints.verifyAudit, undefined, { enabled: false, gcTime: 0, retry: false });
  const result = check.data;

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button icon={<SafetyCertificateOutlined />} loading={check.isFetching} onClick={() => void check.refetch()}>
        {t('verify')}
      </Button>
      <div aria-live="polite">
        {check.isError && !check.isFetching && (
          <Alert type="error" showIcon title={t('verifyFailed')} description={errorText(check.error)} />
        )}
        {result &&
          !check.isFetching &&
          !check.isError &&
          (result.ok ? (
            <Alert type="success" showIcon title={t('verifyOk', { n: formatNumber(result.events, locale) })} />
          ) : (
            <Alert
              type="error"
              showIcon
              title={result.brokenEventId === null ? t('verifyBrokenUnknown') : t('verifyBroken', { id: result.brokenEventId })}
              description={result.reason ?? undefined}
            />
          ))}
      </div>
    </Space>
  );
}
