import { Tag } from 'antd';
import { useLocale, useT } from '../../../platform/web/i18n.js';
import { LEVEL_LABELS, type Level } from '../review-constants.js';
import type { CycleSummary, ReviewStatus } from '../reviews.schemas.js';
import { reviewsMessages } from './reviews.messages.js';

/** Status colours only (their text contrast passes WCAG AA in antd 6); the words tell the step apart. */
const STATUS_COLOR: Readonly<Record<ReviewStatus, string>> = {
  pending: 'default',
  self_reviewed: 'processing',
  commented: 'processing',
  proposed: 'warning',
  decided: 'success',
  published: 'success',
};

/** The review's step as a coloured tag, its name in words (colour never carries it alone). */
export function ReviewStatusTag({ status }: { status: ReviewStatus }) {
  const t = useT(reviewsMessages);
  return <Tag color={STATUS_COLOR[status]}>{t(`status_${status}`)}</Tag>;
}

const NOT_RATED = { vi: 'Không xếp loại', en: 'Not rated' } as const;

/** A level's full name in the user's language (NOT_RATED included). */
export function useLevelLabel(): (level: string) => string {
  const { locale } = useLocale();
  return (level: string) =>
    level === 'NOT_RATED'
      ? NOT_RATED[locale]
      : ((LEVEL_LABELS[level as Level] as { vi: string; en: string } | undefined)?.[locale] ?? level);
}

/** A level as its short code with the full name on hover and for screen readers. */
export function LevelText({ level }: { level: string | null }) {
  const label = useLevelLabel();
  if (!level) return <span aria-label="—">—</span>;
  return (
    <abbr title={label(level)} style={{ textDecoration: 'none' }}>
      {level === 'NOT_RATED' ? label(level) : level}
    </abbr>
  );
}

/** The period of a cycle in words: "Năm 2026", "Quý 2/2026", "Tháng 5/2026". */
export function usePeriodText(): (c: Pick<CycleSummary, 'periodKind' | 'year' | 'periodNo'>) => string {
  const t = useT(reviewsMessages);
  return (c) => t(`periodOf_${c.periodKind}`, { year: c.year, no: c.periodNo ?? '' });
}

/** A `data-testid` for antd props typed without it (a modal's OK button). */
export const testId = (id: string): object => ({ 'data-testid': id });

/**
 * Radio options for levels: "HTT — Hoàn thành tốt nhiệm vụ" (NOT_RATED by its name alone), each label
 * with a `data-testid` of `${testPrefix}-${level}` (e.g. `decision-level-HTT`) for the browser journeys.
 */
export function useLevelOptions(levels: readonly string[], testPrefix: string) {
  const label = useLevelLabel();
  return levels.map((l) => ({
    value: l,
    label: <span data-testid={`${testPrefix}-${l}`}>{l === 'NOT_RATED' ? label(l) : `${l} — ${label(l)}`}</span>,
  }));
}
