/**
 * Slows down code guessing: well-formed ballot codes (right length, symbols and check character) that
 * were never issued almost always mean guessing, since the check character already catches every single
 * typo and every swap of neighbours. After GUESS_LIMIT such codes from one address within GUESS_WINDOW_MS,
 * that address is refused (429) until the window ends. Kept in memory only, per process: the address is
 * never stored, and never near a ballot. Codes carry ~59 random bits, so this is defence in depth.
 */
export const GUESS_LIMIT = 10;
export const GUESS_WINDOW_MS = 10 * 60_000;
/** Addresses tracked at most (oldest dropped first), so the map cannot grow without bound. */
const MAX_TRACKED = 10_000;

export interface CodeGuessLimiter {
  blocked(address: string): boolean;
  recordGuess(address: string): void;
}

export function createCodeGuessLimiter(now: () => number = Date.now): CodeGuessLimiter {
  const guesses = new Map<string, { count: number; since: number }>();
  const current = (address: string) => {
    const entry = guesses.get(address);
    if (entry && now() - entry.since >= GUESS_WINDOW_MS) {
      guesses.delete(address);
      return undefined;
    }
    return entry;
  };
  return {
    blocked: (address) => (current(address)?.count ?? 0) >= GUESS_LIMIT,
    recordGuess: (address) => {
      const entry = current(address);
      if (entry) {
        entry.count += 1;
        return;
      }
      if (guesses.size >= MAX_TRACKED) {
        const oldest = guesses.keys().next().value;
        if (oldest !== undefined) guesses.delete(oldest);
      }
      guesses.set(address, { count: 1, since: now() });
    },
  };
}
