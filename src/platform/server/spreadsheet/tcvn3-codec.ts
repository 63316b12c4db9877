/** TCVN3 (ABC) letters shown as Latin-1 in a Unicode file, and back: used to detect legacy-encoded text. */
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
