import { Button, Card, Form, Select, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '../../../platform/web/data-table.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useT } from '../../../platform/web/i18n.js';
import { UnitPicker } from '../../org/web/index.js';
import { REVIEW_STATUSES, SUBJECT_TYPES, type CycleDetail, type ReviewSummary } from '../reviews.contract.js';
import { LevelText, ReviewStatusTag } from './review-labels.js';
import { useCycleReviews } from './reviews.api.js';
import { reviewsMessages } from './reviews.messages.js';
import { readReviewFilters, writeReviewFilters, type ListReviewsQuery } from './reviews-query.js';

/** The cycle's reviews, filtered (unit, step, subject, late) in the URL, 100 at a time with "load more". */
export function CycleReviewsTable({ cycle }: { cycle: CycleDetail }) {
  const t = useT(reviewsMessages);
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readReviewFilters(params), [params]);
  const reviews = useCycleReviews(cycle.id, filters);
  const rows = reviews.data?.pages.flatMap((p) => p.items) ?? [];
  const go = (next: ListReviewsQuery) => setParams(writeReviewFilters(next), { replace: true });

  const columns = [
    {
      title: t('colName'),
      key: 'name',
      render: (_: unknown, r: ReviewSummary) => (
        <Link to={`/reviews/${r.id}`} data-testid={`review-link-${r.id}`}>
          {r.name}
        </Link>
      ),
    },
    { title: t('unit'), dataIndex: 'unitName', key: 'unit' },
    { title: t('colForm'), dataIndex: 'form', key: 'form' },
    { title: t('dutyGroup'), dataIndex: 'dutyGroup', key: 'dutyGroup' },
    { title: t('status'), key: 'status', render: (_: unknown, r: ReviewSummary) => <ReviewStatusTag status={r.status} /> },
    { title: t('colSelf'), key: 'self', render: (_: unknown, r: ReviewSummary) => <LevelText level={r.selfLevel} /> },
    { title: t('colProposed'), key: 'prop', render: (_: unknown, r: ReviewSummary) => <LevelText level={r.proposedLevel} /> },
    { title: t('colDecided'), key: 'level', render: (_: unknown, r: ReviewSummary) => <LevelText level={r.level} /> },
    {
      title: t('late'),
      key: 'late',
      render: (_: unknown, r: ReviewSummary) => (r.late ? <Tag color="error">{t('lateFlag')}</Tag> : null),
    },
  ];

  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('reviews')}</h2>}>
      <Form layout="inline" name="review-filters" style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item label={t('unit')} htmlFor="review-filter-unit">
          <UnitPicker
            id="review-filter-unit"
            value={filters.unitId ?? null}
            allowClear
            placeholder={t('unitAll')}
            style={{ width: 300, maxWidth: '100%' }}
            onChange={(unitId) => go({ ...filters, unitId })}
          />
        </Form.Item>
        <Form.Item label={t('status')} htmlFor="review-filter-status">
          <Select
            id="review-filter-status"
            allowClear
            placeholder={t('statusAll')}
            value={filters.status}
            style={{ width: 200 }}
            options={REVIEW_STATUSES.map((s) => ({ value: s, label: t(`status_${s}`) }))}
            onChange={(status) => go({ ...filters, status })}
            data-testid="review-filter-status"
          />
        </Form.Item>
        <Form.Item label={t('subjectType')} htmlFor="review-filter-subject">
          <Select
            id="review-filter-subject"
            allowClear
            placeholder={t('subjectAll')}
            value={filters.subjectType}
            style={{ width: 200 }}
            options={SUBJECT_TYPES.map((s) => ({ value: s, label: t(`subjectType_${s}`) }))}
            onChange={(subjectType) => go({ ...filters, subjectType })}
          />
        </Form.Item>
        <Form.Item label={t('lateFilter')} htmlFor="review-filter-late">
          <Select
            id="review-filter-late"
            allowClear
            placeholder={t('lateAll')}
            value={filters.late}
            style={{ width: 180 }}
            options={(['true', 'false'] as const).map((v) => ({ value: v, label: t(`late_${v}`) }))}
            onChange={(late) => go({ ...filters, late })}
            data-testid="review-filter-late"
          />
        </Form.Item>
      </Form>
      <ErrorAlert error={reviews.isError ? reviews.error : null} />
      <DataTable<ReviewSummary>
        label={t('reviewsTable')}
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={reviews.isFetching}
        locale={{ emptyText: t('noReviews') }}
        pagination={false}
        data-testid="cycle-reviews-table"
      />
      <Space style={{ marginTop: 12 }}>
        <Typography.Text>{t('shown', { n: rows.length })}</Typography.Text>
        {reviews.hasNextPage && (
          <Button
            onClick={() => void reviews.fetchNextPage()}
            loading={reviews.isFetchingNextPage}
            data-testid="reviews-load-more"
          >
            {t('loadMore')}
          </Button>
        )}
      </Space>
    </Card>
  );
}
