import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, InputNumber, Select, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '../../../../platform/web/data-table.js';
import { ErrorAlert } from '../../../../platform/web/error-alert.js';
import { formatNumber, todayIso } from '../../../../platform/web/format.js';
import { useLocale, useT } from '../../../../platform/web/i18n.js';
import { usePageTitle } from '../../../../platform/web/page-title.js';
import { definedOnly, filterParams, urlOneOf, urlPositiveInt, urlYear } from '../../../../platform/web/url-filters.js';
import { UnitPicker } from '../../../org/web/index.js';
import { usePeopleLabels } from '../../../people/web/index.js';
import { DECIDED_LEVELS, type DecidedLevel } from '../../reviews.schemas.js';
import { OWN_GROUP_KEY, STATS_BREAKDOWNS, type StatsRow, type StatsTrendPoint } from '../../reviews-stats.contract.js';
import { statsExportHref, useReviewStats, type StatsFilters } from './stats.api.js';
import { statsMessages } from './stats.messages.js';
import { TrendChart } from './trend-chart.js';

function readFilters(p: URLSearchParams): StatsFilters {
  return {
    ...definedOnly({ unitId: urlPositiveInt(p, 'unitId') }),
    year: urlYear(p) ?? Number(todayIso().slice(0, 4)),
    regime: urlOneOf(p, 'regime', ['state', 'party'] as const) ?? 'state',
    subjectType: urlOneOf(p, 'subjectType', ['person', 'collective'] as const) ?? 'person',
    by: urlOneOf(p, 'by', STATS_BREAKDOWNS) ?? 'level',
  };
}

const writeFilters = (f: StatsFilters): Record<string, string> => filterParams({ ...f });

type Line = StatsRow & { isTotal?: boolean };

/** /reviews/stats — decided levels over a unit's subtree for a year, a breakdown, a 5-year trend, exports. */
export default function StatsPage() {
  const t = useT(statsMessages);
  const { locale } = useLocale();
  usePageTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const f = useMemo(() => readFilters(params), [params]);
  const go = (next: StatsFilters) => setParams(writeFilters(next));
  const stats = useReviewStats(f);
  const data = f.unitId !== undefined ? stats.data : undefined;
  const num = (n: number) => formatNumber(n, locale);
  const levelLabel = (l: DecidedLevel) => t(`level_${l}`);
  // The server labels groups in Vietnamese (the official exports); the page labels the code lists in the
  // reader's language. Units keep their names.
  const people = usePeopleLabels();
  const groupLabel = (r: Line): string => {
    if (r.isTotal) return t('total');
    if (r.key === '' && f.by !== 'level') return t('groupUnrecorded');
    if (f.by === 'gender') return people.gender(r.key);
    if (f.by === 'person_status') return people.status(r.key);
    if (f.by === 'age_band') return people.options.ageBand.find((o) => o.value === r.key)?.label ?? r.label;
    if (f.by === 'child_unit' && r.key === OWN_GROUP_KEY && data) return t('groupOwn', { unit: data.unit.name });
    return r.label;
  };

  const columns = [
    {
      title: t('colGroup'),
      key: 'group',
      render: (_: unknown, r: Line) => (r.isTotal ? <strong>{groupLabel(r)}</strong> : groupLabel(r)),
    },
    {
      title: t('colTotal'),
      key: 'total',
      align: 'right' as const,
      render: (_: unknown, r: Line) => (r.isTotal ? <strong>{num(r.total)}</strong> : num(r.total)),
    },
    ...DECIDED_LEVELS.map((l) => ({
      title: levelLabel(l),
      key: l,
      align: 'right' as const,
      render: (_: unknown, r: Line) => (
        <span style={{ whiteSpace: 'nowrap', fontWeight: r.isTotal ? 600 : undefined }}>
          {num(r.counts[l])}
          {r.total > 0 && (
            <span style={{ display: 'block', color: '#555', fontSize: 12 }} data-testid={`pct-${r.key}-${l}`}>
              {r.percents[l]}
            </span>
          )}
        </span>
      ),
    })),
    ...(f.by === 'level' ? [] : [{ title: t('colShare'), key: 'share', align: 'right' as const, dataIndex: 'share' }]),
  ];
  const lines: Line[] = data ? [...(f.by === 'level' ? [] : data.rows), { ...data.total, isTotal: true }] : [];
  const trendColumns = [
    { title: t('colYear'), dataIndex: 'year', key: 'year' },
    ...DECIDED_LEVELS.map((l) => ({
      title: levelLabel(l),
      key: l,
      align: 'right' as const,
      render: (_: unknown, p: StatsTrendPoint) => num(p.counts[l]),
    })),
    { title: t('colTotal'), key: 'total', align: 'right' as const, render: (_: unknown, p: StatsTrendPoint) => num(p.total) },
  ];
  const from = data?.trend[0]?.year ?? f.year;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <Space wrap>
          <Link to="/reviews">{t('back')}</Link>
          {f.unitId !== undefined && (
            <>
              <Button
                icon={<FileExcelOutlined />}
                href={statsExportHref({ ...f, unitId: f.unitId }, 'xlsx')}
                download
                data-testid="stats-xlsx"
              >
                {t('exportXlsx')}
              </Button>
              <Button
                icon={<FilePdfOutlined />}
                href={statsExportHref({ ...f, unitId: f.unitId }, 'pdf')}
                target="_blank"
                rel="noreferrer"
                data-testid="stats-pdf"
              >
                {t('exportPdf')}
              </Button>
            </>
          )}
        </Space>
      </Space>
      <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('filters')}</h2>}>
        <Form layout="inline" name="review-stats-filters" style={{ rowGap: 8 }}>
          <Form.Item label={t('unit')} htmlFor="review-stats-unit">
            <UnitPicker
              id="review-stats-unit"
              value={f.unitId ?? null}
              placeholder={t('unitPick')}
              style={{ width: 360, maxWidth: '100%' }}
              onChange={(unitId) => go({ ...f, ...(unitId ? { unitId } : { unitId: undefined }) })}
            />
          </Form.Item>
          <Form.Item label={t('year')} htmlFor="review-stats-year">
            <InputNumber
              id="review-stats-year"
              min={2000}
              max={2100}
              value={f.year}
              onChange={(year) => typeof year === 'number' && go({ ...f, year })}
            />
          </Form.Item>
          <Form.Item label={t('regime')} htmlFor="review-stats-regime">
            <Select
              id="review-stats-regime"
              value={f.regime}
              style={{ width: 360, maxWidth: '100%' }}
              options={(['state', 'party'] as const).map((r) => ({ value: r, label: t(`regime_${r}`) }))}
              onChange={(regime) => go({ ...f, regime })}
            />
          </Form.Item>
          <Form.Item label={t('subjectType')} htmlFor="review-stats-subject">
            <Select
              id="review-stats-subject"
              value={f.subjectType}
              style={{ width: 140 }}
              options={(['person', 'collective'] as const).map((s) => ({ value: s, label: t(`subject_${s}`) }))}
              onChange={(subjectType) => go({ ...f, subjectType })}
            />
          </Form.Item>
          <Form.Item label={t('by')} htmlFor="review-stats-by">
            <Select
              id="review-stats-by"
              value={f.by}
              style={{ width: 300 }}
              options={STATS_BREAKDOWNS.map((b) => ({ value: b, label: t(`by_${b}`) }))}
              onChange={(by) => go({ ...f, by })}
            />
          </Form.Item>
        </Form>
      </Card>
      {f.unitId === undefined && <Alert type="info" showIcon message={t('pickUnit')} />}
      {stats.error && <ErrorAlert error={stats.error} />}
      {data && (
        <>
          <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('tableTitle', { year: data.year })}</h2>}>
            <DataTable<Line>
              label={t('tableTitle', { year: data.year })}
              rowKey="key"
              size="small"
              pagination={false}
              columns={columns}
              dataSource={lines}
              loading={stats.isFetching}
            />
            <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }} data-testid="stats-denominator">
              <em>{locale === 'vi' ? `Tỷ lệ tính ${data.denominator}.` : `Percentages of ${num(data.total.total)} rated.`}</em>{' '}
              {data.cycles > 0 ? t('cycles', { n: data.cycles }) : t('noCycles', { year: data.year })}
            </Typography.Paragraph>
          </Card>
          <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('trendTitle', { from, to: data.year })}</h2>}>
            <TrendChart points={data.trend} label={t('trendChart')} levelLabel={levelLabel} format={num} />
            <h3 style={{ fontSize: 14, margin: '12px 0 4px' }}>{t('trendTable')}</h3>
            <DataTable<StatsTrendPoint>
              label={t('trendTable')}
              rowKey="year"
              size="small"
              pagination={false}
              columns={trendColumns}
              dataSource={data.trend}
            />
          </Card>
        </>
      )}
    </Space>
  );
}
