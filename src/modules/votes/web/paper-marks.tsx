import { Tag } from 'antd';
import type { Locale } from '../../../shared/app-error.js';
import { PAPER_MARK_KEYS } from '../paper-entry.rules.js';
import { CONFIDENCE_LEVEL_LABELS, type BallotMark } from '../vote-constants.js';
import { paperEntryMessages } from './paper-entry.messages.js';

/** The digit typed for each mark (the inverse of PAPER_MARK_KEYS). */
export const KEY_OF_MARK = Object.fromEntries(Object.entries(PAPER_MARK_KEYS).map(([key, mark]) => [mark, key])) as Record<
  BallotMark,
  string
>;

/** The marks in keyboard order: 1, 2, 3, then 0 and 9. */
export const MARKS_IN_KEY_ORDER: readonly BallotMark[] = ['1', '2', '3', '0', '9'].flatMap((k) => {
  const mark = PAPER_MARK_KEYS[k];
  return mark ? [mark] : [];
});

export function markLabel(mark: BallotMark, locale: Locale): string {
  if (mark === 'none') return paperEntryMessages[locale].markNone;
  if (mark === 'several') return paperEntryMessages[locale].markSeveral;
  return `${CONFIDENCE_LEVEL_LABELS[mark][locale]} (${KEY_OF_MARK[mark]})`;
}

/** A mark as a small tag: invalid marks in orange, so a counter spots them when checking a pile. */
export function MarkTag({ mark, locale }: { mark: BallotMark | null | undefined; locale: Locale }) {
  if (!mark) return <Tag>{paperEntryMessages[locale].leftOut}</Tag>;
  const invalid = mark === 'none' || mark === 'several';
  return <Tag color={invalid ? 'orange' : 'default'}>{markLabel(mark, locale)}</Tag>;
}
