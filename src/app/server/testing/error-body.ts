/** Reading the one error shape (`{ error: { code, message, details } }`) in route tests. */
interface ErrorBody {
  readonly error?: { readonly code: string; readonly details?: readonly { field?: string; message: string }[] };
}

/** The error code of a response body (undefined when it is not an error). */
export const errorCode = (body: unknown): string | undefined => (body as ErrorBody).error?.code;

/** The fields the error's details name, in order. */
export const errorFields = (body: unknown): (string | undefined)[] =>
  ((body as ErrorBody).error?.details ?? []).map((d) => d.field);

/** The error's details as one text, to look for a message's words in it. */
export const errorDetailsText = (body: unknown): string => JSON.stringify((body as ErrorBody).error?.details);
