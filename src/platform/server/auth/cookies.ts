/** Cookie names, shared by the platform (reads) and the auth module (writes). */
export const SESSION_COOKIE = 'merit_session';
/** Double-submit token for requests made before sign-in (the login form itself). */
export const CSRF_COOKIE = 'merit_csrf';
/** The language the user chose with the switch (`vi` | `en`). */
export const LANG_COOKIE = 'merit_lang';
export const CSRF_HEADER = 'x-csrf-token';
