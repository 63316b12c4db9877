import { Tag } from 'antd';
import { useT } from '../../../../platform/web/i18n.js';
import type { RoundStatus } from '../../votes.schemas.js';
import { organizerMessages } from './organizer.messages.js';

const STATUS_COLOR: Record<RoundStatus, string> = {
  draft: 'default',
  open: 'processing',
  closed: 'warning',
  published: 'success',
};

/** The round's status as a coloured tag, its name in words (colour never carries it alone). */
export function RoundStatusTag({ status }: { status: RoundStatus }) {
  const t = useT(organizerMessages);
  return <Tag color={STATUS_COLOR[status]}>{t(`status_${status}`)}</Tag>;
}
