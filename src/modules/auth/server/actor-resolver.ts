import type { ActorResolver } from '../../../platform/server/auth/actor.js';
import type { AppDeps } from '../../../platform/server/http/deps.js';

// Placeholder until the auth module lands: everyone is anonymous.
export function createActorResolver(_deps: AppDeps): ActorResolver {
  return async ({ locale }) => ({ kind: 'anonymous', locale });
}
