import { Alert } from 'antd';
import type { ErrorDetail } from '../../shared/app-error.js';
import { ApiError } from './api-client.js';
import { useT } from './i18n.js';
import { platformMessages } from './platform.messages.js';

/** The message to show for any failure: the API's own (already in the user's language) or ours. */
export function useErrorText(): (error: unknown) => string {
  const t = useT(platformMessages);
  return (error: unknown) => {
    if (error instanceof ApiError) return error.message;
    if (error instanceof TypeError) return t('networkError');
    return t('unexpectedError');
  };
}

function detailLine(d: ErrorDetail): string {
  const where = d.row !== undefined ? `#${d.row} ` : '';
  const field = d.field ? `${d.field.replace(/^(body|query|params)\./, '')}: ` : '';
  return `${where}${field}${d.message}`;
}

/**
 * An API failure as an alert: the message, then each detail no form field has shown yet.
 * Renders nothing when there is no error.
 */
export function ErrorAlert({ error, className }: { error: unknown; className?: string }) {
  const text = useErrorText();
  if (!error) return null;
  const details = error instanceof ApiError ? error.details : [];
  return (
    <Alert
      className={className}
      type="error"
      showIcon
      role="alert"
      title={text(error)}
      description={
        details.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {details.map((d, i) => (
              <li key={i}>{detailLine(d)}</li>
            ))}
          </ul>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
