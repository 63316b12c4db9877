import { Tag } from 'antd';
import { Link } from 'react-router';
import { useLocale, useT } from '../../../platform/web/i18n.js';
import type { UnitSummary } from '../org.contract.js';
import {
  MANAGEMENT_BODY_KINDS,
  TRACK_LABELS,
  UNIT_KINDS,
  type ManagementBodyKind,
  type Track,
  type UnitKindCode,
} from '../unit-kinds.js';
import { orgMessages } from './org.messages.js';
import { TEXT_LINK } from './ui.js';

// Presets whose text keeps 4.5:1 contrast on their own background (gold and orange do not).
const TRACK_COLORS: Record<Track, string> = { party: 'red', state: 'blue', mass: 'purple' };

/** Labels of the org vocabulary in the user's language. */
export function useOrgLabels() {
  const { locale } = useLocale();
  return {
    kind: (kind: UnitKindCode) => UNIT_KINDS[kind][locale],
    track: (track: Track) => TRACK_LABELS[track][locale],
    bodyKind: (kind: ManagementBodyKind) => MANAGEMENT_BODY_KINDS[kind][locale],
  };
}

export function TrackTag({ track }: { track: Track }) {
  const labels = useOrgLabels();
  return <Tag color={TRACK_COLORS[track]}>{labels.track(track)}</Tag>;
}

export function KindTag({ kind }: { kind: UnitKindCode }) {
  const labels = useOrgLabels();
  return <Tag>{labels.kind(kind)}</Tag>;
}

// Dark text on a light tint: the theme-derived success/warning tags fall under 4.5:1.
const ACTIVE = { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' };
const MERGED = { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' };

interface StatusProps {
  status: UnitSummary['status'];
  mergedInto?: { id: number; name: string } | null;
}

/** "Đang hoạt động" / "Đã sáp nhập vào …" (a link) / "Đã giải thể". */
export function UnitStatusTag({ status, mergedInto }: StatusProps) {
  const t = useT(orgMessages);
  if (status === 'active') return <Tag style={ACTIVE}>{t('statusActive')}</Tag>;
  if (status === 'dissolved') return <Tag>{t('statusDissolved')}</Tag>;
  if (!mergedInto) return <Tag style={MERGED}>{t('statusMerged')}</Tag>;
  return (
    <span>
      <Tag style={MERGED}>{t('statusMergedInto')}</Tag>
      <Link to={`/org/${mergedInto.id}`} style={{ ...TEXT_LINK, marginInlineEnd: 4 }}>
        {mergedInto.name}
      </Link>
    </span>
  );
}
