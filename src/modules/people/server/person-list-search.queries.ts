import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { viSearchText } from '../../../shared/vi-sort.js';

/** The people list's search words and their conditions (docs/decisions/008-people-list-at-scale.md). */

/** `%value%` for LIKE, with LIKE's own characters escaped. */
export function likeContains(value: string): string {
  return `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A name word matches the START of a word ("huong" finds Hương, not Phương; "huon" still finds Hương
 * while typing): people search names, and a name word inside another word is noise at province scale.
 * A word with a digit is part of an ID number and matches anywhere in it ("012345" inside
 * "033085012345"), from this length on (pg_trgm looks up 3-character pieces; shorter fragments fall
 * back to the start of a word too). Both forms use people_search_trgm_idx.
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

/** Every word must occur in the name, other names or ID number ("nguyen anh" finds "Nguyễn Văn Ánh"). */
export function wordCondition(word: string): RawBuilder<SqlBool> {
  if (/\d/.test(word) && word.length >= SEARCH_INFIX_MIN_LENGTH) return sql<SqlBool>`p.search_text like ${likeContains(word)}`;
  return sql<SqlBool>`p.search_text ~ ${`(^| )${escapeRegex(word)}`}`;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
