/**
 * Text typed in the legacy Vietnamese encodings TCVN3 (ABC) or VNI, pasted into a Unicode file, shows as
 * Latin-1 mojibake: TCVN3 "NguyÔn V¨n", VNI "Nguyeãn Vaên" for "Nguyễn Văn". A word is flagged when it is
 * NOT a valid Vietnamese syllable as written but BECOMES one when decoded from TCVN3 or VNI; correct
 * Vietnamese is always a valid syllable, so it is never flagged.
 */
export type LegacyEncoding = 'TCVN3' | 'VNI';

// TCVN3 (TCVN 5712:1993, "ABC"): byte → letter; in a Unicode file the byte shows as the Latin-1 character.
const TCVN3_PAIRS: [number, string][] = [
  [0xa1, 'Ă'],
  [0xa2, 'Â'],
  [0xa3, 'Ê'],
  [0xa4, 'Ô'],
  [0xa5, 'Ơ'],
  [0xa6, 'Ư'],
  [0xa7, 'Đ'],
  [0xa8, 'ă'],
  [0xa9, 'â'],
  [0xaa, 'ê'],
  [0xab, 'ô'],
  [0xac, 'ơ'],
  [0xad, 'ư'],
  [0xae, 'đ'],
  [0xb5, 'à'],
  [0xb6, 'ả'],
  [0xb7, 'ã'],
  [0xb8, 'á'],
  [0xb9, 'ạ'],
  [0xbb, 'ằ'],
  [0xbc, 'ẳ'],
  [0xbd, 'ẵ'],
  [0xbe, 'ắ'],
  [0xc6, 'ặ'],
  [0xc7, 'ầ'],
  [0xc8, 'ẩ'],
  [0xc9, 'ẫ'],
  [0xca, 'ấ'],
  [0xcb, 'ậ'],
  [0xcc, 'è'],
  [0xce, 'ẻ'],
  [0xcf, 'ẽ'],
  [0xd0, 'é'],
  [0xd1, 'ẹ'],
  [0xd2, 'ề'],
  [0xd3, 'ể'],
  [0xd4, 'ễ'],
  [0xd5, 'ế'],
  [0xd6, 'ệ'],
  [0xd7, 'ì'],
  [0xd8, 'ỉ'],
  [0xdc, 'ĩ'],
  [0xdd, 'í'],
  [0xde, 'ị'],
  [0xdf, 'ò'],
  [0xe1, 'ỏ'],
  [0xe2, 'õ'],
  [0xe3, 'ó'],
  [0xe4, 'ọ'],
  [0xe5, 'ồ'],
  [0xe6, 'ổ'],
  [0xe7, 'ỗ'],
  [0xe8, 'ố'],
  [0xe9, 'ộ'],
  [0xea, 'ờ'],
  [0xeb, 'ở'],
  [0xec, 'ỡ'],
  [0xed, 'ớ'],
  [0xee, 'ợ'],
  [0xef, 'ù'],
  [0xf1, 'ủ'],
  [0xf2, 'ũ'],
  [0xf3, 'ú'],
  [0xf4, 'ụ'],
  [0xf5, 'ừ'],
  [0xf6, 'ử'],
  [0xf7, 'ữ'],
  [0xf8, 'ứ'],
  [0xf9, 'ự'],
  [0xfa, 'ỳ'],
  [0xfb, 'ỷ'],
  [0xfc, 'ỹ'],
  [0xfd, 'ý'],
  [0xfe, 'ỵ'],
];
const TCVN3 = new Map(TCVN3_PAIRS.map(([b, ch]) => [String.fromCharCode(b), ch]));

/** Letters encoded as TCVN3 (for tests and the error message's example). */
export function encodeTcvn3(text: string): string {
  const rev = new Map(TCVN3_PAIRS.map(([b, ch]) => [ch, String.fromCharCode(b)]));
  // TCVN3 has no upper-case toned letters (they come from a separate font): write them lower-case.
  return [...text.normalize('NFC')].map((ch) => rev.get(ch) ?? rev.get(ch.toLowerCase()) ?? ch).join('');
}

export function decodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3.get(ch) ?? ch;
  return out;
}

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

// ---------------------------------------------------------------- syllables

const INITIALS = 'ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x';
// Vowel groups that end the syllable (no final consonant may follow) and those that may take one.
const OPEN_NUCLEI = [
  'iêu',
  'yêu',
  'oai',
  'oao',
  'oay',
  'oeo',
  'uây',
  'uôi',
  'ươi',
  'ươu',
  'uya',
  'uyu',
  'ai',
  'ao',
  'au',
  'ay',
  'âu',
  'ây',
  'eo',
  'êu',
  'ia',
  'iu',
  'oi',
  'ôi',
  'ơi',
  'ua',
  'ui',
  'ưa',
  'ưi',
  'ưu',
].join('|');
const CLOSED_NUCLEI = [
  'uyê',
  'iê',
  'yê',
  'oa',
  'oă',
  'oe',
  'oo',
  'ôô',
  'uâ',
  'uê',
  'uô',
  'uơ',
  'uy',
  'ươ',
  'a',
  'ă',
  'â',
  'e',
  'ê',
  'i',
  'o',
  'ô',
  'ơ',
  'u',
  'ư',
  'y',
].join('|');
const FINALS = 'ch|ng|nh|c|m|n|p|t';
const SYLLABLE = new RegExp(`^(?:${INITIALS})?(?:(?:${OPEN_NUCLEI})|(?:${CLOSED_NUCLEI})(?:${FINALS})?)$`);
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Is this word (one syllable) written as valid Vietnamese? Case, NFC/NFD and the old tone placement are accepted. */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.normalize('NFD').toLowerCase();
  const tones = nfd.match(TONE_MARKS)?.length ?? 0;
  if (tones > 1) return false;
  const bare = nfd.replace(TONE_MARKS, '').normalize('NFC');
  return SYLLABLE.test(bare);
}

const WORD_SPLIT = /[\s,;:()[\]/\\\-–"'“”‘’!?+*&%#|]+/;
// Latin-1 letters and signs of a legacy byte: a word without any of them is not a legacy candidate.
const LATIN1_HIGH = /[\u00a1-\u00ff]/;

export interface LegacyFinding {
  readonly encoding: LegacyEncoding;
  /** The word as found, and what it reads as once decoded. */
  readonly word: string;
  readonly decoded: string;
}

/**
 * The legacy encoding a text seems typed in, or null. Each word that is invalid as written but valid once
 * decoded counts for that encoding; the encoding that repairs more words wins.
 */
export function detectLegacyEncoding(text: string): LegacyFinding | null {
  if (!LATIN1_HIGH.test(text)) return null;
  let tcvn: LegacyFinding | null = null;
  let vni: LegacyFinding | null = null;
  let tcvnCount = 0;
  let vniCount = 0;
  for (const raw of text.normalize('NFC').split(WORD_SPLIT)) {
    const word = raw.replace(/^[.]+|[.]+$/g, '');
    if (!word || !LATIN1_HIGH.test(word) || isVietnameseSyllable(word)) continue;
    const t = decodeTcvn3(word);
    if (t !== word && isVietnameseSyllable(t)) {
      tcvnCount++;
      tcvn ??= { encoding: 'TCVN3', word, decoded: t };
    }
    const v = decodeVni(word);
    if (v !== word && isVietnameseSyllable(v)) {
      vniCount++;
      vni ??= { encoding: 'VNI', word, decoded: v };
    }
  }
  if (tcvnCount === 0 && vniCount === 0) return null;
  return vniCount > tcvnCount ? vni : tcvn;
}
