import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from './i18n.js';
import { usePageTitle } from './page-title.js';
import { platformMessages } from './platform.messages.js';

/** 404 and 403 inside the frame. */
export function StatusPage({ kind }: { kind: 'not-found' | 'forbidden' }) {
  const t = useT(platformMessages);
  const navigate = useNavigate();
  const title = kind === 'not-found' ? t('notFoundTitle') : t('forbiddenTitle');
  usePageTitle(title);
  return (
    <Result
      status={kind === 'not-found' ? 'info' : 'warning'}
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{title}</h1>}
      subTitle={kind === 'not-found' ? t('notFoundText') : t('forbiddenText')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('backHome')}
        </Button>
      }
    />
  );
}
