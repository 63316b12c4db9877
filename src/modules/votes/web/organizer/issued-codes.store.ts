import { useSyncExternalStore } from 'react';

/**
 * The ballot codes of a round, as the server answered them once: kept in this tab's memory only (never
 * in storage, the URL or the query cache), so the printable sheet can show them after a navigation and
 * a reload forgets them. The server keeps their digests only.
 */
const codesByRound = new Map<number, readonly string[]>();
const listeners = new Set<() => void>();

export function keepIssuedCodes(roundId: number, codes: readonly string[]): void {
  codesByRound.set(roundId, [...codes]);
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The codes this tab holds for the round, if it issued them. */
export function useIssuedCodes(roundId: number): readonly string[] | undefined {
  return useSyncExternalStore(subscribe, () => codesByRound.get(roundId));
}
