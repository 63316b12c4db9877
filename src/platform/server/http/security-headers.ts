import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The security headers of every response (helmet's, with Merit's content security policy), computed
 * ONCE: they do not depend on the request (no CSP nonces), so each response gets a prepared copy instead
 * of helmet's middleware being rebuilt and its directives parsed again per request. Headers helmet
 * removes (`x-powered-by`) are listed to remove.
 */
export interface SecurityHeaders {
  readonly set: Readonly<Record<string, string>>;
  readonly remove: readonly string[];
}

export function securityHeaders(options: Readonly<HelmetOptions>): SecurityHeaders {
  const set: Record<string, string> = {};
  const remove: string[] = [];
  const res = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      set[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete set[name.toLowerCase()];
      remove.push(name.toLowerCase());
    },
  };
  let sync = false;
  helmet(options)({} as IncomingMessage, res as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error instanceof Error ? error : new Error(String(error));
    sync = true;
  });
  if (!sync) throw new Error('helmet did not set its headers synchronously');
  return { set, remove };
}
