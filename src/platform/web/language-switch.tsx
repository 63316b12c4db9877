import { Segmented } from 'antd';
import type { Locale } from '../../shared/app-error.js';
import { useLocale, useT } from './i18n.js';
import { platformMessages } from './platform.messages.js';

const OPTIONS: { value: Locale; label: string; lang: string }[] = [
  { value: 'vi', label: 'Tiếng Việt', lang: 'vi' },
  { value: 'en', label: 'English', lang: 'en' },
];

/** Tiếng Việt / English. Each name is written in its own language, as language pickers should be. */
export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { locale, setLocale } = useLocale();
  const t = useT(platformMessages);
  return (
    <div role="group" aria-label={t('language')}>
      <Segmented<Locale>
        size={size}
        value={locale}
        onChange={setLocale}
        options={OPTIONS.map((o) => ({ value: o.value, label: <span lang={o.lang}>{o.label}</span> }))}
      />
    </div>
  );
}
