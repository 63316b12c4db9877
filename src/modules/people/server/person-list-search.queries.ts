import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { viSearchText } from '../../../shared/vi-sort.js';

/** The people list's search words and their conditions (docs/decisions/008-people-list-at-scale.md). */

/** `%value%` for LIKE, with LIKE's own characters escaped. */
export function likeContains(value: string): string {
  return `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Words shorter than this cannot be looked up inside a word by the trigram index (pg_trgm takes
 * 3-letter pieces), and "an" or "vu" inside a word matches most of a province anyway: such a word must
 * begin a word ("vu" finds Vũ and Vương, not Văn Tuấn), which the index answers (its word-start trigrams).
 */
export const SEARCH_INFIX_MIN_LENGTH = 3;

/** The search words: lower-case, without diacritics ("Nguyễn  Ánh" → ["nguyen", "anh"]). */
export function searchWords(search: string | undefined): string[] {
  return search
    ? viSearchText(search)
        .split(' ')
        .filter((w) => w !== '')
    : [];
}

/**
 * Every word must occur in the name, other names or ID number ("nguyen anh" finds "Nguyễn Văn Ánh"):
 * anywhere when it is long enough, else at the start of a word. Both forms use people_search_trgm_idx.
 */
export function wordCondition(word: string): RawBuilder<SqlBool> {
  if (word.length >= SEARCH_INFIX_MIN_LENGTH) return sql<SqlBool>`p.search_text like ${likeContains(word)}`;
  return sql<SqlBool>`p.search_text ~ ${`(^| )${escapeRegex(word)}`}`;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
