import { Table, Tag, Typography } from 'antd';
import { useApiQuery } from '../../../platform/web/api-hooks.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useLocale } from '../../../platform/web/i18n.js';
import { reviewsRatingsEndpoints as e, type PersonRatings } from '../reviews-ratings.contract.js';
import { useLevelLabel } from './review-labels.js';

/** Words of this tab (Vietnamese and English). */
const TEXT = {
  vi: {
    ratings: 'Kết quả đánh giá, xếp loại qua các năm',
    period: 'Kỳ',
    regime: 'Bên',
    party: 'Đảng',
    state: 'Chính quyền',
    level: 'Mức xếp loại',
    decision: 'Quyết định',
    none: 'Chưa có kết quả xếp loại nào được quyết định.',
    consequences: 'Hệ quả của kết quả xếp loại',
    noConsequences: 'Không có hệ quả nào.',
    year: 'Năm',
    basis: 'Căn cứ',
    status: 'Tình trạng',
    open: 'Chờ xử lý',
    done: 'Đã xử lý',
    dismissed: 'Không áp dụng',
    yearOf: 'Năm {y}',
    quarterOf: 'Quý {n}/{y}',
    monthOf: 'Tháng {n}/{y}',
  },
  en: {
    ratings: 'Ratings over the years',
    period: 'Period',
    regime: 'Side',
    party: 'Party',
    state: 'State',
    level: 'Level',
    decision: 'Decision',
    none: 'No rating has been decided yet.',
    consequences: 'Consequences of the ratings',
    noConsequences: 'No consequences.',
    year: 'Year',
    basis: 'Basis',
    status: 'Status',
    open: 'Open',
    done: 'Done',
    dismissed: 'Not applied',
    yearOf: 'Year {y}',
    quarterOf: 'Q{n}/{y}',
    monthOf: '{n}/{y}',
  },
} as const;

type Rating = PersonRatings['ratings'][number];

/** The person's profile tab: ratings by year and side, and the consequences listed from them. */
export function PersonReviewRatings({ personId }: { personId: number }) {
  const { locale } = useLocale();
  const t = TEXT[locale];
  const label = useLevelLabel();
  const data = useApiQuery(e.getPersonReviewRatings, { params: { personId } });
  const period = (r: Rating) =>
    (r.periodKind === 'year' ? t.yearOf : r.periodKind === 'quarter' ? t.quarterOf : t.monthOf)
      .replace('{y}', String(r.year))
      .replace('{n}', String(r.periodNo ?? ''));
  return (
    <div data-testid="person-review-ratings">
      <ErrorAlert error={data.error} />
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t.ratings}
      </Typography.Title>
      <Table<Rating>
        size="small"
        rowKey="reviewId"
        loading={data.isPending}
        pagination={false}
        dataSource={data.data?.ratings ?? []}
        locale={{ emptyText: t.none }}
        columns={[
          { title: t.period, render: (_, r) => period(r) },
          { title: t.regime, render: (_, r) => (r.regime === 'party' ? t.party : t.state) },
          {
            title: t.level,
            render: (_, r) => (
              <Tag color={r.level === 'KHT' ? 'error' : r.level === 'HTXS' ? 'success' : 'default'}>{label(r.level)}</Tag>
            ),
          },
          {
            title: t.decision,
            render: (_, r) => [r.decisionRef, r.decidedOn?.split('-').reverse().join('/')].filter(Boolean).join(' · '),
          },
        ]}
      />
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 24 }}>
        {t.consequences}
      </Typography.Title>
      <Table<PersonRatings['consequences'][number]>
        size="small"
        rowKey="id"
        loading={data.isPending}
        pagination={false}
        dataSource={data.data?.consequences ?? []}
        locale={{ emptyText: t.noConsequences }}
        columns={[
          { title: t.year, dataIndex: 'year', width: 80 },
          { title: t.basis, dataIndex: 'basis' },
          { title: t.status, render: (_, q) => t[q.status as 'open' | 'done' | 'dismissed'] ?? q.status },
        ]}
      />
    </div>
  );
}
