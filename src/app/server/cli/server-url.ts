import type { Config } from '../../../platform/server/config.js';

const LOCAL_HOSTS = new Set(['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost']);

/** Where a browser on this machine reaches the server: localhost for loopback and wildcard hosts. */
export function serverUrl(config: Pick<Config, 'host' | 'port'>): string {
  const host = LOCAL_HOSTS.has(config.host) ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
  return `http://${host}:${config.port}`;
}
