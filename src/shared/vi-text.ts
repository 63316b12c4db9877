/** Vietnamese text helpers shared by server and browser. */

// C0/C1 control characters except tab, newline and carriage return.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export function hasControlChars(value: string): boolean {
  return CONTROL_CHARS.test(value);
}

/** NFC, trimmed, inner runs of spaces folded: how every name is stored. */
export function cleanText(value: string): string {
  return value
    .normalize('NFC')
    .trim()
    .replace(/[ \t\u00A0]+/g, ' ');
}

const BASE_FOLD: Record<string, string> = { đ: 'd', Đ: 'd' };

/** Lower-case, diacritics removed (đ → d): the search key for "nguyen van anh" → "Nguyễn Văn Ánh". */
export function foldDiacritics(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => BASE_FOLD[c] ?? c)
    .toLowerCase()
    .normalize('NFC');
}
