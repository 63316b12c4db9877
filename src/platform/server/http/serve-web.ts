import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { CommonErrors } from '../../../shared/app-error.js';
import { requestLocale } from './request-locale.js';

/**
 * Serves the built web app (dist-web) from the same process, with the SPA fallback: any GET outside
 * /api that is not a file gets index.html. API paths that match nothing get the JSON 404.
 */
export async function serveWeb(app: FastifyInstance, webDir: string): Promise<void> {
  const hasWeb = existsSync(join(webDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      maxAge: '1h',
      setHeaders: (res, path) => {
        if (path.includes('/assets/')) res.header('cache-control', 'public, max-age=31536000, immutable');
        else res.header('cache-control', 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((req, reply) => {
    if (hasWeb && req.method === 'GET' && !req.url.startsWith('/api/') && req.url !== '/api') {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    const error = CommonErrors.NOT_FOUND();
    const locale = req.actor?.locale ?? requestLocale(req);
    return reply.status(404).send({ error: { code: error.code, message: error.messages[locale], details: [] } });
  });
}
