import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/server/http/deps.js';

export function registerAuthRoutes(_app: FastifyInstance, _deps: AppDeps): void {}
