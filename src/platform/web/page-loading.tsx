import { Spin } from 'antd';
import { useT } from './i18n.js';
import { platformMessages } from './platform.messages.js';

/** What a lazy page shows while its chunk or first data loads. */
export function PageLoading({ fullScreen = false }: { fullScreen?: boolean }) {
  const t = useT(platformMessages);
  return (
    <div
      role="status"
      aria-live="polite"
      style={{ display: 'grid', placeItems: 'center', minHeight: fullScreen ? '100vh' : 240, padding: 24 }}
    >
      <Spin description={t('loading')} />
    </div>
  );
}
