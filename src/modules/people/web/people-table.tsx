import { Button, Space, Typography, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import { DataTable } from '../../../platform/web/data-table.js';
import { formatNumber } from '../../../platform/web/format.js';
import { useT } from '../../../platform/web/i18n.js';
import type { PersonSummary } from '../people.contract.js';
import { usePeopleLabels } from './people-labels.js';
import { PAGE_SIZES } from './people-search-params.js';
import { peopleMessages } from './people.messages.js';
import { birthDateText } from './ui.js';

interface Props {
  items: readonly PersonSummary[];
  total: number;
  /** False above the exact-count cap: `total` is then the cap ("more than 10,000"). */
  totalIsExact: boolean;
  nextCursor: string | null;
  prevCursor: string | null;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage(page: number, pageSize: number): void;
  /** A page beyond the numbered ones: reached from its neighbour by cursor (none: the numbered page). */
  onCursor(page: number, cursor: string | undefined): void;
}

const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** The list in the official column order: STT, name, birth date, gender, post, unit, status, party, ID. */
export function PeopleTable(props: Props) {
  const { items, total, totalIsExact, page, pageSize, loading, onPage } = props;
  const t = useT(peopleMessages);
  const labels = usePeopleLabels();
  const navigate = useNavigate();
  const first = (page - 1) * pageSize;

  const columns: TableColumnsType<PersonSummary> = [
    { key: 'no', title: t('colNo'), align: 'right', width: 56, render: (_, _p, i) => formatNumber(first + i + 1, labels.locale) },
    {
      key: 'name',
      title: t('colName'),
      render: (_, p) => (
        <Link to={`/people/${p.id}`} style={{ fontWeight: 500, whiteSpace: 'nowrap' }} onClick={(e) => e.stopPropagation()}>
          {p.fullName}
        </Link>
      ),
    },
    { key: 'birth', title: t('colBirth'), render: (_, p) => <span style={NOWRAP}>{birthDateText(p)}</span> },
    { key: 'gender', title: t('colGender'), render: (_, p) => labels.gender(p.gender) },
    { key: 'post', title: t('colPost'), render: (_, p) => p.postTitles.join('; ') },
    { key: 'unit', title: t('colUnit'), render: (_, p) => p.unitName },
    { key: 'status', title: t('colStatus'), render: (_, p) => <span style={NOWRAP}>{labels.status(p.status)}</span> },
    { key: 'party', title: t('colParty'), align: 'center', render: (_, p) => (p.partyMember ? t('yes') : '') },
    {
      key: 'id',
      title: t('colId'),
      render: (_, p) => <span style={{ ...NOWRAP, fontFamily: 'monospace' }}>{p.idNumberMasked ?? ''}</span>,
    },
  ];

  // Numbered pages cover the counted people; past the cap the list goes on page by page (ADR 008).
  const lastNumbered = Math.max(1, Math.ceil(total / pageSize));
  const beyond = !totalIsExact && page > lastNumbered;
  const totalText = (n: number) => t(totalIsExact ? 'total' : 'totalMore', { n: formatNumber(n, labels.locale) });

  return (
    <>
      <DataTable<PersonSummary>
        label={t('tableLabel')}
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={[...items]}
        loading={loading}
        locale={{ emptyText: t('empty') }}
        onRow={(p) => ({ onClick: () => void navigate(`/people/${p.id}`), style: { cursor: 'pointer' } })}
        pagination={
          beyond
            ? false
            : {
                current: page,
                pageSize,
                total,
                showSizeChanger: true,
                pageSizeOptions: PAGE_SIZES.map(String),
                showTotal: totalText,
                onChange: onPage,
              }
        }
      />
      {!totalIsExact && page >= lastNumbered && (
        <BeyondPager {...props} lastNumbered={lastNumbered} beyond={beyond} totalText={totalText} />
      )}
    </>
  );
}

/** "Trang trước · Trang N · Trang sau" past the numbered pages, where the total is not counted. */
function BeyondPager(props: Props & { lastNumbered: number; beyond: boolean; totalText(n: number): string }) {
  const { total, page, nextCursor, prevCursor, loading, onCursor, lastNumbered, beyond, totalText } = props;
  const t = useT(peopleMessages);
  const labels = usePeopleLabels();
  const n = formatNumber(total, labels.locale);
  return (
    <nav aria-label={t('pagingLabel')}>
      <Space wrap style={{ width: '100%', justifyContent: 'flex-end' }}>
        {beyond && <Typography.Text>{totalText(total)}</Typography.Text>}
        {beyond && (
          <Button onClick={() => onCursor(1, undefined)} disabled={loading}>
            {t('firstPage')}
          </Button>
        )}
        {beyond && (
          <Button
            onClick={() => onCursor(page - 1, page - 1 <= lastNumbered ? undefined : (prevCursor ?? undefined))}
            disabled={loading || prevCursor === null}
          >
            {t('prevPage')}
          </Button>
        )}
        {beyond && <Typography.Text strong>{t('pageNumber', { n: formatNumber(page, labels.locale) })}</Typography.Text>}
        <Button onClick={() => nextCursor && onCursor(page + 1, nextCursor)} disabled={loading || nextCursor === null}>
          {t('nextPage')}
        </Button>
      </Space>
      {!beyond && <Typography.Text type="secondary">{t('beyondTotal', { n })}</Typography.Text>}
    </nav>
  );
}
