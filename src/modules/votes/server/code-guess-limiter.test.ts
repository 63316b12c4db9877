import { describe, expect, it } from 'vitest';
import { createCodeGuessLimiter, GUESS_LIMIT, GUESS_WINDOW_MS } from './code-guess-limiter.js';

describe('code guess limiter', () => {
  it('blocks an address after GUESS_LIMIT unknown codes, others stay free, and forgets after the window', () => {
    let t = 1_000;
    const limiter = createCodeGuessLimiter(() => t);
    for (let i = 0; i < GUESS_LIMIT; i++) {
      expect(limiter.blocked('10.0.0.1')).toBe(false);
      limiter.recordGuess('10.0.0.1');
    }
    expect(limiter.blocked('10.0.0.1')).toBe(true);
    expect(limiter.blocked('10.0.0.2')).toBe(false);
    t += GUESS_WINDOW_MS - 1;
    expect(limiter.blocked('10.0.0.1')).toBe(true);
    t += 1;
    expect(limiter.blocked('10.0.0.1')).toBe(false);
  });
});
