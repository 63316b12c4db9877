import { Alert, Empty, Skeleton, Timeline } from 'antd';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../../platform/web/format.js';
import { useT } from '../../../platform/web/i18n.js';
import type { UnitDetail, UnitEvent } from '../org.contract.js';
import { useUnitHistory } from './org.api.js';
import { orgMessages } from './org.messages.js';
import { MUTED_TEXT, TEXT_LINK } from './ui.js';

const COLORS: Record<UnitEvent['kind'], string> = {
  created: 'green',
  renamed: 'blue',
  moved: 'blue',
  merged: 'orange',
  absorbed: 'green',
  dissolved: 'red',
  'body-created': 'gray',
  'body-closed': 'gray',
};

/** Lịch sử: the unit's events (and those of units merged into it), newest first as the server sends. */
export function UnitHistory({ unit }: { unit: UnitDetail }) {
  const t = useT(orgMessages);
  const history = useUnitHistory(unit.id);
  // Events of units merged into this one come along; say whose they are.
  const names = new Map(unit.predecessors.map((p) => [p.id, p.name]));
  if (history.isPending) return <Skeleton active />;
  if (history.isError) return <Alert type="error" showIcon title={t('loadFailed')} description={history.error.message} />;
  if (history.data.items.length === 0) return <Empty description={t('historyEmpty')} />;
  return (
    <Timeline
      items={history.data.items.map((e) => ({
        key: e.id,
        color: COLORS[e.kind],
        content: <HistoryEvent event={e} of={e.unitId === unit.id ? null : (names.get(e.unitId) ?? `#${e.unitId}`)} />,
      }))}
    />
  );
}

/** The headline when the event names another unit (the parent, the new parent, the target, the absorbed unit). */
const WITH_RELATED: Partial<Record<UnitEvent['kind'], 'evWith_created' | 'evWith_moved' | 'evWith_merged' | 'evWith_absorbed'>> =
  {
    created: 'evWith_created',
    moved: 'evWith_moved',
    merged: 'evWith_merged',
    absorbed: 'evWith_absorbed',
  };

function HistoryEvent({ event: e, of }: { event: UnitEvent; of: string | null }) {
  const t = useT(orgMessages);
  const names = nameChange(e.before, e.after);
  const at = formatDateTime(e.at);
  return (
    <div style={{ overflowWrap: 'anywhere' }}>
      <div style={{ fontWeight: 500 }}>
        <time dateTime={e.effectiveDate}>{formatDate(e.effectiveDate)}</time> —{' '}
        {t((e.relatedUnit ? WITH_RELATED[e.kind] : undefined) ?? `ev_${e.kind}`)}
        {e.relatedUnit && (
          <>
            {' '}
            <Link to={`/org/${e.relatedUnit.id}`} style={TEXT_LINK}>
              {e.relatedUnit.name}
            </Link>
          </>
        )}
      </div>
      {of && <div>{t('historyOfUnit', { name: of })}</div>}
      {names && <div>{names.from === undefined ? names.to : `${names.from} → ${names.to ?? '—'}`}</div>}
      {e.documentRef && <div>{t('historyDocument', { ref: e.documentRef })}</div>}
      {e.note && <div>{e.note}</div>}
      <div style={{ color: MUTED_TEXT, fontSize: 13 }}>
        {e.actorLabel
          ? t('historyByAt', { actor: e.actorLabel === 'system' ? t('system') : e.actorLabel, at })
          : t('historyAt', { at })}
      </div>
    </div>
  );
}

/** The names before and after, when the event changed one (a rename, or the parent of a move). */
function nameChange(before: unknown, after: unknown): { from: string | undefined; to: string | undefined } | null {
  for (const pick of [nameOf, parentNameOf]) {
    const from = pick(before);
    const to = pick(after);
    if ((from || to) && from !== to) return { from, to };
  }
  return null;
}

function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return Object.entries(value).find(([k]) => k === key)?.[1];
}

function nameOf(value: unknown): string | undefined {
  const name = field(value, 'name');
  return typeof name === 'string' ? name : undefined;
}

function parentNameOf(value: unknown): string | undefined {
  const direct = field(value, 'parentName');
  return typeof direct === 'string' ? direct : nameOf(field(value, 'parent'));
}
