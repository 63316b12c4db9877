/**
 * What happens to the open posts of a unit that is merged into another (the 2025 mergers of communes,
 * departments and party committees). The people themselves move to the absorbing unit; their history
 * stays under the old unit (issue 3 item 2: "moving people when units merge or split keeps their
 * history under the old unit").
 *
 * - `move`: the post starts on or after the merge date, so it never existed under the old unit in
 *   practice: it is re-pointed to the absorbing unit (a post cannot end before it starts).
 * - `end`: a head or deputy post ends the day before the merge. The absorbing unit's leadership is
 *   arranged by a decision of the competent body, never carried over automatically (two chairs of one
 *   commune would otherwise appear). Merit's default, see MERGE_ENDS_LEADERSHIP_POSTS.
 * - `carry`: any other post ends the day before the merge and a post with the same title opens in the
 *   absorbing unit on the merge date (staff keep their work).
 */
export type PostFateOnMerge = 'move' | 'end' | 'carry';

/**
 * Head and deputy posts of a merged unit end with it (leaders of the new unit are appointed by
 * decision). Merit's default after the 2025 mergers; not a numbered rule of a regulation.
 */
export const MERGE_ENDS_LEADERSHIP_POSTS = true;

export interface OpenPostAtMerge {
  readonly startDate: string;
  readonly isHead: boolean;
  readonly isDeputy: boolean;
}

export function postFateOnMerge(post: OpenPostAtMerge, effectiveDate: string): PostFateOnMerge {
  if (post.startDate >= effectiveDate) return 'move';
  if (MERGE_ENDS_LEADERSHIP_POSTS && (post.isHead || post.isDeputy)) return 'end';
  return 'carry';
}
