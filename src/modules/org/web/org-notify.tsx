import { message } from 'antd';
import { createContext, useContext, useMemo, type ReactNode } from 'react';

interface Notify {
  success(text: string): void;
}

const NotifyContext = createContext<Notify>({ success: () => undefined });

/**
 * Toasts for the org page, held at page level so they outlive the dialog (and the detail pane)
 * that raised them; antd's static `message` would ignore the app's theme and locale.
 */
export function OrgNotifyProvider({ children }: { children: ReactNode }) {
  const [api, holder] = message.useMessage();
  const value = useMemo<Notify>(() => ({ success: (text) => void api.success(text) }), [api]);
  return (
    <NotifyContext.Provider value={value}>
      {holder}
      {children}
    </NotifyContext.Provider>
  );
}

export function useNotify(): Notify {
  return useContext(NotifyContext);
}
