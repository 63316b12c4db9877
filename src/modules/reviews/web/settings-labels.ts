import { useT } from '../../../platform/web/i18n.js';
import { reviewsAdminMessages } from './reviews-admin.messages.js';
import type { SettingField } from './settings-fields.js';

/** A setting's value in words: numbers as they are, switches on/off, choices by name. */
export function useSettingText(): (f: SettingField, v: unknown) => string {
  const t = useT(reviewsAdminMessages);
  return (f, v) => {
    if (v === undefined || v === null) return '—';
    if (f.kind === 'bool') return v === true ? t('on') : t('off');
    if (f.kind === 'choice') return t(`${f.key}_${String(v)}` as Parameters<typeof t>[0]);
    return typeof v === 'number' || typeof v === 'string' ? String(v) : JSON.stringify(v);
  };
}

/** The help under a setting: its bounds (from the named constants) in the user's language. */
export function useSettingHelp(): (f: SettingField) => string {
  const t = useT(reviewsAdminMessages);
  return (f) => (f.kind === 'int' ? t(`help_${f.key}`, { min: f.min, max: f.max }) : t(`help_${f.key}`));
}
