/**
 * Text typed in the legacy Vietnamese encodings TCVN3 (ABC) or VNI, pasted into a Unicode file, shows as
 * Latin-1 mojibake: TCVN3 "NguyÔn V¨n", VNI "Nguyeãn Vaên" for "Nguyễn Văn". A word is flagged when it is
 * NOT a valid Vietnamese syllable as written but BECOMES one when decoded from TCVN3 or VNI; correct
 * Vietnamese is always a valid syllable, so it is never flagged.
 */
export type LegacyEncoding = 'TCVN3' | 'VNI';

import { decodeTcvn3 } from './tcvn3-codec.js';
import { decodeVni } from './vni-codec.js';

export { decodeTcvn3, encodeTcvn3 } from './tcvn3-codec.js';
export { decodeVni, encodeVni } from './vni-codec.js';

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
