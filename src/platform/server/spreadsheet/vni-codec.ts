/** VNI Windows letters shown as Latin-1 in a Unicode file, and back: used to detect legacy-encoded text. */
// VNI Windows: a base letter followed by a modifier byte (shown as a Latin-1 letter).
const GRAVE = '\u0300';
const ACUTE = '\u0301';
const TILDE = '\u0303';
const HOOK = '\u0309';
const DOT = '\u0323';
const CIRC = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031b';
const VNI_TONE: Record<string, string> = { ø: GRAVE, ù: ACUTE, û: HOOK, õ: TILDE, ï: DOT };
const VNI_CIRC: Record<string, string> = {
  â: CIRC,
  à: CIRC + GRAVE,
  á: CIRC + ACUTE,
  å: CIRC + HOOK,
  ã: CIRC + TILDE,
  ä: CIRC + DOT,
};
const VNI_BREVE: Record<string, string> = {
  ê: BREVE,
  è: BREVE + GRAVE,
  é: BREVE + ACUTE,
  ú: BREVE + HOOK,
  ü: BREVE + TILDE,
  ë: BREVE + DOT,
};
const VNI_ALONE: Record<string, string> = { ô: 'ơ', ö: 'ư', ñ: 'đ', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ' };

export function decodeVni(text: string): string {
  let out = '';
  let base = ''; // the last base letter written (lower-case), '' after a non-letter
  for (const ch of text) {
    const lo = ch.toLowerCase();
    const upper = ch !== lo;
    if (base && 'aeo'.includes(base) && VNI_CIRC[lo]) {
      out += VNI_CIRC[lo];
      base = '*';
    } else if (base === 'a' && VNI_BREVE[lo]) {
      out += VNI_BREVE[lo];
      base = '*';
    } else if (base && 'aeiouyơư*'.includes(base) && VNI_TONE[lo]) {
      out += VNI_TONE[lo];
      base = '';
    } else if (VNI_ALONE[lo]) {
      const v = VNI_ALONE[lo] as string;
      out += upper ? v.toUpperCase() : v;
      base = v === 'ơ' || v === 'ư' ? v : '';
    } else {
      out += ch;
      base = /\p{L}/u.test(ch) ? lo : '';
    }
  }
  return out.normalize('NFC');
}

/** Inverse of decodeVni for tests: Unicode Vietnamese → its VNI Windows bytes shown as Latin-1. */
export function encodeVni(text: string): string {
  const circ = Object.fromEntries(Object.entries(VNI_CIRC).map(([k, v]) => [v, k]));
  const breve = Object.fromEntries(Object.entries(VNI_BREVE).map(([k, v]) => [v, k]));
  const tone = Object.fromEntries(Object.entries(VNI_TONE).map(([k, v]) => [v, k]));
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const d = ch.normalize('NFD');
    const lower = d[0] !== d[0]?.toLowerCase();
    const up = (s: string) => (lower ? s.toUpperCase() : s);
    const baseCh = d[0] as string;
    const marks = d.slice(1);
    if (/^[đĐ]$/.test(ch)) {
      out += ch === 'đ' ? 'ñ' : 'Ñ';
      continue;
    }
    if (marks === '') {
      out += ch;
      continue;
    }
    const t = [GRAVE, ACUTE, HOOK, TILDE, DOT].find((m) => marks.includes(m)) ?? '';
    if (marks.includes(HORN)) {
      out += up(baseCh.toLowerCase() === 'o' ? 'ô' : 'ö') + (t ? up(tone[t] as string) : '');
    } else if (marks.includes(CIRC)) {
      out += baseCh + up(circ[CIRC + t] as string);
    } else if (marks.includes(BREVE)) {
      out += baseCh + up(breve[BREVE + t] as string);
    } else if (baseCh.toLowerCase() === 'i' && t) {
      out += up({ [GRAVE]: 'ì', [ACUTE]: 'í', [HOOK]: 'æ', [TILDE]: 'ó', [DOT]: 'ò' }[t] as string);
    } else if (baseCh.toLowerCase() === 'y' && t === DOT) {
      out += up('î');
    } else {
      out += baseCh + up(tone[t] as string);
    }
  }
  return out;
}
