/** Expected failures are values: rules return a Result, services turn a refusal into an AppError. */
export type Result<T, E = Refusal> = { ok: true; value: T } | { ok: false; error: E };

/** Why a rule refused, in both languages, with a stable code. */
export interface Refusal {
  readonly code: string;
  readonly vi: string;
  readonly en: string;
}

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const refuse = (code: string, vi: string, en: string): Result<never> => ({ ok: false, error: { code, vi, en } });
