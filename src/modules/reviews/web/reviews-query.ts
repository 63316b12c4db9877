import { definedOnly, filterParams, urlOneOf, urlPositiveInt } from '../../../platform/web/url-filters.js';
import { REVIEW_STATUSES, SUBJECT_TYPES, type ReviewStatus } from '../reviews.schemas.js';

/** The filters of a cycle's reviews table, kept in the URL (`?status=proposed&late=true`). */
export interface ListReviewsQuery {
  unitId?: number;
  status?: ReviewStatus;
  subjectType?: (typeof SUBJECT_TYPES)[number];
  late?: 'true' | 'false';
}

export function readReviewFilters(p: URLSearchParams): ListReviewsQuery {
  return definedOnly({
    unitId: urlPositiveInt(p, 'unitId'),
    status: urlOneOf(p, 'status', REVIEW_STATUSES),
    subjectType: urlOneOf(p, 'subjectType', SUBJECT_TYPES),
    late: urlOneOf(p, 'late', ['true', 'false'] as const),
  });
}

export function writeReviewFilters(f: ListReviewsQuery): Record<string, string> {
  return filterParams({ ...f });
}
