import type { TableColumnsType } from 'antd';
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
  page: number;
  pageSize: number;
  loading: boolean;
  onPage(page: number, pageSize: number): void;
}

const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** The list in the official column order: STT, name, birth date, gender, post, unit, status, party, ID. */
export function PeopleTable({ items, total, page, pageSize, loading, onPage }: Props) {
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

  return (
    <DataTable<PersonSummary>
      label={t('tableLabel')}
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={[...items]}
      loading={loading}
      locale={{ emptyText: t('empty') }}
      onRow={(p) => ({ onClick: () => void navigate(`/people/${p.id}`), style: { cursor: 'pointer' } })}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES.map(String),
        showTotal: (n) => t('total', { n: formatNumber(n, labels.locale) }),
        onChange: onPage,
      }}
    />
  );
}
