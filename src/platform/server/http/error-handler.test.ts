import { describe, expect, it } from 'vitest';
import { AppError, CommonErrors } from '../../../shared/app-error.js';
import { toAppError } from './error-handler.js';

const withStatus = (statusCode: number, code?: string) =>
  Object.assign(new Error('x'), { statusCode, ...(code ? { code } : {}) });

describe('toAppError', () => {
  it('keeps an AppError as it is', () => {
    const e = CommonErrors.CONFLICT();
    expect(toAppError(e)).toBe(e);
  });

  it.each([
    [withStatus(400, 'FST_PARTS_LIMIT'), 'BAD_REQUEST', 400],
    [withStatus(400), 'BAD_REQUEST', 400],
    [withStatus(413), 'PAYLOAD_TOO_LARGE', 413],
    [withStatus(415), 'UNSUPPORTED_MEDIA_TYPE', 415],
    [withStatus(429), 'RATE_LIMITED', 429],
    [withStatus(499), 'BAD_REQUEST', 400],
  ])('a library error with a client status (%#) is a 4xx, never a 500', (error, code, status) => {
    const mapped = toAppError(error);
    expect(mapped).toBeInstanceOf(AppError);
    expect([mapped.code, mapped.status]).toEqual([code, status]);
  });

  it('anything else is a 500 that shows no internals', () => {
    for (const error of [new Error('boom'), withStatus(500), withStatus(503), 'text', null]) {
      const mapped = toAppError(error);
      expect([mapped.code, mapped.status]).toEqual(['INTERNAL', 500]);
    }
  });
});
