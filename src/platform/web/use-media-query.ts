import { useCallback, useSyncExternalStore } from 'react';

/** True while the CSS media query matches, e.g. `(max-width: 576px)`. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const mql = window.matchMedia(query);
      mql.addEventListener('change', onChange);
      return () => mql.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}

/** Phone width: the side menu becomes a drawer. */
export const PHONE_QUERY = '(max-width: 576px)';
