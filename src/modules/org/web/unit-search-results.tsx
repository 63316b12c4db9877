import { Alert, Button, Empty, Spin } from 'antd';
import { useT } from '../../../platform/web/i18n.js';
import { useUnitSearch, type UnitFilters } from './org.api.js';
import { orgMessages } from './org.messages.js';
import { KindTag, TrackTag, UnitStatusTag } from './unit-labels.js';
import { MUTED_TEXT } from './ui.js';

interface Props {
  search: string;
  filters: UnitFilters;
  selectedId: number | undefined;
  onSelect(id: number): void;
}

/** Search hits in place of the tree: name, code, track and kind; a click selects the unit. */
export function UnitSearchResults({ search, filters, selectedId, onSelect }: Props) {
  const t = useT(orgMessages);
  const results = useUnitSearch(search, filters);
  if (results.isPending) return <Spin />;
  if (results.isError) return <Alert type="error" showIcon title={t('loadFailed')} description={results.error.message} />;
  if (results.data.items.length === 0) return <Empty description={t('searchNone')} />;
  return (
    <ul aria-label={t('searchResults')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {results.data.items.map((u) => (
        <li key={u.id} style={{ borderBottom: '1px solid #f0f0f0' }}>
          <Button
            type="text"
            block
            aria-current={u.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect(u.id)}
            style={{
              height: 'auto',
              padding: '8px 4px',
              textAlign: 'start',
              whiteSpace: 'normal',
              display: 'block',
              background: u.id === selectedId ? '#e6f4ff' : undefined,
            }}
          >
            <div style={{ fontWeight: 500, overflowWrap: 'anywhere' }}>{u.name}</div>
            <div style={{ color: MUTED_TEXT, fontSize: 12, margin: '2px 0 4px' }}>{u.code}</div>
            <TrackTag track={u.track} />
            <KindTag kind={u.kind} />
            {u.status !== 'active' && <UnitStatusTag status={u.status} />}
          </Button>
        </li>
      ))}
    </ul>
  );
}
