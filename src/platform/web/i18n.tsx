import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '../../shared/app-error.js';

/**
 * A small typed i18n (ADR 001: i18next's current releases need Node 22 to install): each module
 * keeps a `{ vi, en }` dictionary beside its pages; `useT(dict)` picks the user's language.
 * Vietnamese is the default; the switch stores the choice in the `merit_lang` cookie.
 */
export type Dictionary<K extends string = string> = { readonly vi: Record<K, string>; readonly en: Record<K, string> };

export function defineMessages<K extends string>(dict: { vi: Record<K, string>; en: Record<K, string> }): Dictionary<K> {
  return dict;
}

interface LocaleState {
  locale: Locale;
  setLocale(locale: Locale): void;
}

const LocaleContext = createContext<LocaleState>({ locale: 'vi', setLocale: () => undefined });

function initialLocale(): Locale {
  return /(?:^|;\s*)merit_lang=en(?:;|$)/.test(document.cookie) ? 'en' : 'vi';
}

export function LocaleProvider({ children, onChange }: { children: ReactNode; onChange?: (l: Locale) => void }) {
  const [locale, setState] = useState<Locale>(initialLocale);
  const setLocale = useCallback(
    (l: Locale) => {
      document.cookie = `merit_lang=${l}; path=/; max-age=31536000; samesite=strict`;
      document.documentElement.lang = l;
      setState(l);
      onChange?.(l);
    },
    [onChange],
  );
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  return useContext(LocaleContext);
}

/** `const t = useT(messages); t('save')`; `{name}` placeholders are filled from `vars`. */
export function useT<K extends string>(dict: Dictionary<K>): (key: K, vars?: Record<string, string | number>) => string {
  const { locale } = useLocale();
  return useCallback(
    (key: K, vars?: Record<string, string | number>) => {
      const text = dict[locale][key] ?? dict.vi[key] ?? key;
      return vars ? text.replace(/\{(\w+)\}/g, (_, v: string) => String(vars[v] ?? `{${v}}`)) : text;
    },
    [dict, locale],
  );
}
