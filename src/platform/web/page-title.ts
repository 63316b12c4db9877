import { useEffect } from 'react';

/** Each page names itself in the browser tab (and to screen readers): "Tài khoản — Merit". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} — Merit` : 'Merit — Công tác cán bộ';
  }, [title]);
}
