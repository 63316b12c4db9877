import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { AnyEndpoint } from '../../../shared/endpoint.js';
import { callApi } from '../../../platform/web/api-client.js';
import { apiKey, useApiMutation, useApiQuery } from '../../../platform/web/api-hooks.js';
import { reviewsDecisionEndpoints } from '../reviews-decision.contract.js';
import { reviewsPublicationEndpoints } from '../reviews-publication.contract.js';
import { reviewsStepsEndpoints } from '../reviews-steps.contract.js';
import { reviewsEndpoints } from '../reviews.contract.js';
import type { ListReviewsQuery } from './reviews-query.js';

/**
 * The reviews pages' reads and writes (TanStack Query over the typed contracts). Every write refreshes
 * the reads a step can make stale: the cycle (counts, late), its progress and list, the review page.
 */
const REVIEW_READS: readonly AnyEndpoint[] = [
  reviewsEndpoints.listReviewCycles,
  reviewsEndpoints.getReviewCycle,
  reviewsEndpoints.getReviewProgress,
  reviewsEndpoints.listCycleReviews,
  reviewsStepsEndpoints.getReview,
  reviewsPublicationEndpoints.listReviewPetitions,
  reviewsPublicationEndpoints.getPublishedReviewResults,
  reviewsDecisionEndpoints.listQuotaExceptions,
];

export function useCycles(query: { unitId?: number; year?: number }) {
  return useApiQuery(reviewsEndpoints.listReviewCycles, { query }, { placeholderData: keepPreviousData });
}

export function useCycle(id: number) {
  return useApiQuery(reviewsEndpoints.getReviewCycle, { params: { id } }, { enabled: id > 0 });
}

export function useCycleProgress(id: number) {
  return useApiQuery(reviewsEndpoints.getReviewProgress, { params: { id } }, { enabled: id > 0 });
}

/** A cycle's reviews, page after page (keyset `afterId`): "load more" appends the next page. */
export function useCycleReviews(id: number, filters: ListReviewsQuery) {
  const endpoint = reviewsEndpoints.listCycleReviews;
  return useInfiniteQuery({
    queryKey: [...apiKey(endpoint, { params: { id }, query: filters })],
    queryFn: ({ pageParam }) =>
      callApi(endpoint, { params: { id }, query: { ...filters, ...(pageParam ? { afterId: pageParam } : {}) } }),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextAfterId ?? undefined,
    enabled: id > 0,
  });
}

export function useQuotaExceptions(cycleId: number, enabled: boolean) {
  return useApiQuery(reviewsDecisionEndpoints.listQuotaExceptions, { params: { id: cycleId } }, { enabled });
}

export function useReview(id: number) {
  return useApiQuery(reviewsStepsEndpoints.getReview, { params: { id } }, { enabled: id > 0 });
}

export function usePetitions(reviewId: number, enabled: boolean) {
  return useApiQuery(reviewsPublicationEndpoints.listReviewPetitions, { params: { id: reviewId } }, { enabled });
}

/** The consequences of decided ratings in scope (step 7's follow-up list). */
export function useConsequences(query: { unitId?: number; year?: number; status?: 'open' | 'done' | 'dismissed' }) {
  return useApiQuery(reviewsDecisionEndpoints.listReviewConsequences, { query }, { placeholderData: keepPreviousData });
}

/** Marking a consequence done or not applicable; refreshes the list. */
export const useConsequenceUpdate = () =>
  useApiMutation(reviewsDecisionEndpoints.updateReviewConsequence, [reviewsDecisionEndpoints.listReviewConsequences]);

/** Any write of the reviews pages; refreshes every read it may change. */
export const useReviewsWrite = <E extends AnyEndpoint>(endpoint: E) => useApiMutation(endpoint, REVIEW_READS);
