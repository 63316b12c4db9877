import { Alert, Breadcrumb, Card, Descriptions, Empty, Skeleton, Space, Tabs } from 'antd';
import { Link } from 'react-router';
import { formatDate } from '../../../platform/web/format.js';
import { useT } from '../../../platform/web/i18n.js';
import type { UnitDetail } from '../org.contract.js';
import type { useUnit } from './org.api.js';
import { orgMessages } from './org.messages.js';
import { TEXT_LINK } from './ui.js';
import { ManagementBodies } from './management-bodies.js';
import { UnitActions } from './unit-actions.js';
import { UnitHistory } from './unit-history.js';
import { TrackTag, UnitStatusTag, useOrgLabels } from './unit-labels.js';

interface Props {
  unitId: number | undefined;
  query: ReturnType<typeof useUnit>;
  onSelect(id: number): void;
}

/** The right pane: the selected unit, its actions, and its history. */
export function UnitDetailPanel({ unitId, query, onSelect }: Props) {
  const t = useT(orgMessages);
  if (unitId === undefined) {
    return (
      <Card>
        <Empty description={t('selectHint')} />
      </Card>
    );
  }
  if (query.isPending) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  if (query.isError) {
    const missing = query.error.status === 404 || query.error.status === 403;
    return (
      <Alert
        type={missing ? 'warning' : 'error'}
        showIcon
        title={missing ? t('notFound') : t('loadFailed')}
        description={query.error.message}
      />
    );
  }
  const unit = query.data;
  return (
    <Card styles={{ body: { padding: 'clamp(12px, 3vw, 24px)' } }}>
      {unit.ancestors.length > 0 && (
        <Breadcrumb
          aria-label={t('breadcrumbLabel')}
          items={unit.ancestors.map((a) => ({ key: a.id, title: <Link to={`/org/${a.id}`}>{a.name}</Link> }))}
          style={{ marginBottom: 8 }}
        />
      )}
      <h2 style={{ fontSize: 20, margin: '0 0 8px', overflowWrap: 'anywhere' }}>{unit.name}</h2>
      <Space wrap size={[4, 8]} style={{ marginBottom: 12 }}>
        <UnitStatusTag status={unit.status} mergedInto={unit.mergedInto} />
        <TrackTag track={unit.track} />
      </Space>
      <UnitActions unit={unit} onSelect={onSelect} />
      <Tabs
        items={[
          { key: 'info', label: t('tabInfo'), children: <UnitInfo unit={unit} /> },
          { key: 'history', label: t('tabHistory'), children: <UnitHistory unit={unit} /> },
        ]}
      />
    </Card>
  );
}

function UnitInfo({ unit }: { unit: UnitDetail }) {
  const t = useT(orgMessages);
  const labels = useOrgLabels();
  const items = [
    { key: 'code', label: t('code'), children: unit.code },
    { key: 'kind', label: t('kind'), children: labels.kind(unit.kind) },
    { key: 'track', label: t('track'), children: labels.track(unit.track) },
    { key: 'short', label: t('shortName'), children: unit.shortName ?? '—' },
    { key: 'from', label: t('validFrom'), children: <DateText iso={unit.validFrom} /> },
    ...(unit.validTo ? [{ key: 'to', label: t('validTo'), children: <DateText iso={unit.validTo} /> }] : []),
    { key: 'children', label: t('childCount'), children: unit.childCount },
  ];
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 1, lg: 1, xl: 1, xxl: 2 }} items={items} />
      {unit.predecessors.length > 0 && (
        <section>
          <h3 style={{ fontSize: 16 }}>{t('predecessors')}</h3>
          <ul style={{ paddingInlineStart: 20, margin: 0 }}>
            {unit.predecessors.map((p) => (
              <li key={p.id}>
                <Link to={`/org/${p.id}`} style={TEXT_LINK}>
                  {p.name}
                </Link>{' '}
                ({p.code})
              </li>
            ))}
          </ul>
        </section>
      )}
      <ManagementBodies unit={unit} />
    </Space>
  );
}

function DateText({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} style={{ whiteSpace: 'nowrap' }}>
      {formatDate(iso)}
    </time>
  );
}
