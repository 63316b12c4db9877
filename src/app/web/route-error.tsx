import { Alert, Button } from 'antd';
import { useRouteError } from 'react-router';
import { useErrorText } from '../../platform/web/error-alert.js';
import { useT } from '../../platform/web/i18n.js';
import { platformMessages } from '../../platform/web/platform.messages.js';

/** What a route shows when its page fails to load or render (e.g. a stale chunk after an update). */
export function RouteError() {
  const error = useRouteError();
  const t = useT(platformMessages);
  const text = useErrorText();
  const chunk = error instanceof TypeError && /dynamically imported module|Importing a module script/i.test(error.message);
  return (
    <div role="alert" style={{ padding: 24 }}>
      <Alert
        type="error"
        showIcon
        title={chunk ? t('chunkError') : text(error)}
        action={
          <Button size="small" onClick={() => window.location.reload()}>
            {t('reload')}
          </Button>
        }
      />
    </div>
  );
}
