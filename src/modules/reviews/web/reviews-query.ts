import { REVIEW_STATUSES, type ReviewStatus, type SUBJECT_TYPES } from '../reviews.schemas.js';

/** The filters of a cycle's reviews table, kept in the URL (`?status=proposed&late=true`). */
export interface ListReviewsQuery {
  unitId?: number;
  status?: ReviewStatus;
  subjectType?: (typeof SUBJECT_TYPES)[number];
  late?: 'true' | 'false';
}

export function readReviewFilters(p: URLSearchParams): ListReviewsQuery {
  const unitId = Number(p.get('unitId'));
  const status = p.get('status');
  const subjectType = p.get('subjectType');
  const late = p.get('late');
  return {
    ...(Number.isSafeInteger(unitId) && unitId > 0 ? { unitId } : {}),
    ...(status && (REVIEW_STATUSES as readonly string[]).includes(status) ? { status: status as ReviewStatus } : {}),
    ...(subjectType === 'person' || subjectType === 'collective' ? { subjectType } : {}),
    ...(late === 'true' || late === 'false' ? { late } : {}),
  };
}

export function writeReviewFilters(f: ListReviewsQuery): Record<string, string> {
  return {
    ...(f.unitId !== undefined ? { unitId: String(f.unitId) } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.subjectType ? { subjectType: f.subjectType } : {}),
    ...(f.late ? { late: f.late } : {}),
  };
}
