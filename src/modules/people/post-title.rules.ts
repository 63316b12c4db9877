import { foldDiacritics } from '../../shared/vi-text.js';

/**
 * Whether a post title ("Chức vụ" as an office writes it) names the head or a deputy of its unit,
 * for the posts the importer creates (person_posts.is_head / is_deputy). The title is read, not
 * looked up: "Phó …" is a deputy ("Phó Giám đốc", "Phó Trưởng phòng", "Phó Bí thư"); a head title
 * starts with one of HEAD_TITLE_PREFIXES ("Trưởng phòng", "Giám đốc Sở", "Bí thư Đảng ủy", "Chủ tịch
 * UBND") or is a "<cơ quan> trưởng" ("Cục trưởng", "Hiệu trưởng"). A title with several posts
 * ("Phó Bí thư, Giám đốc") is read by its first post. Anything else (Chuyên viên, Kế toán trưởng,
 * Tổ trưởng, Quyền Trưởng phòng) is neither: the user marks it on the profile if needed.
 */
export type PostRole = 'head' | 'deputy' | null;

/** Folded (no diacritics, lower case) prefixes of a head's title. */
export const HEAD_TITLE_PREFIXES = ['truong', 'giam doc', 'tong giam doc', 'bi thu', 'chu tich', 'chanh'] as const;
/** Folded "<agency> trưởng" titles of a head (the agency's own word for its head). */
export const HEAD_TITLE_AGENCY_WORDS = ['cuc', 'chi cuc', 'vu', 'vien', 'hieu', 'ban', 'so', 'khoa'] as const;
/** The folded prefix of a deputy's title. */
export const DEPUTY_TITLE_PREFIX = 'pho';

function firstPost(title: string): string {
  const folded = foldDiacritics(title)
    .replace(/[^a-z0-9,;/]+/g, ' ')
    .trim();
  return (folded.split(/[,;/]/)[0] ?? '').trim();
}

const startsWithWord = (text: string, prefix: string) => text === prefix || text.startsWith(`${prefix} `);

export function postRoleOfTitle(title: string): PostRole {
  const post = firstPost(title);
  if (!post) return null;
  if (startsWithWord(post, DEPUTY_TITLE_PREFIX)) return 'deputy';
  if (HEAD_TITLE_PREFIXES.some((p) => startsWithWord(post, p))) return 'head';
  if (HEAD_TITLE_AGENCY_WORDS.some((w) => startsWithWord(post, `${w} truong`))) return 'head';
  return null;
}

/** The columns person_posts stores for the role (never both: a check constraint forbids it). */
export function postRoleFlags(title: string): { isHead: boolean; isDeputy: boolean } {
  const role = postRoleOfTitle(title);
  return { isHead: role === 'head', isDeputy: role === 'deputy' };
}
