import { Card, Space, Tag, Typography } from 'antd';
import type { z } from 'zod';
import { DataTable } from '../../../../platform/web/data-table.js';
import { ErrorAlert } from '../../../../platform/web/error-alert.js';
import { useLocale, useT } from '../../../../platform/web/i18n.js';
import {
  CONFIDENCE_LEVEL_LABELS,
  CONFIDENCE_LEVELS,
  DENOMINATOR_LABELS,
  type ConfidenceLevel,
  type FollowUp,
} from '../../vote-constants.js';
import { FOLLOW_UP_LABELS } from '../../votes-follow-ups.contract.js';
import type { RoundDetail, SubjectTallySchema } from '../../votes.schemas.js';
import { useTally } from './organizer.api.js';
import { organizerMessages } from './organizer.messages.js';
import { roundRunMessages } from './round-run.messages.js';

type Row = z.output<typeof SubjectTallySchema>;
type Band = Row['band'];

const isFollowUp = (f: string): f is FollowUp => Object.hasOwn(FOLLOW_UP_LABELS, f);

/** Below this width (px) the tally scrolls sideways inside its box instead of squeezing the numbers. */
const TALLY_MIN_WIDTH = 960;

/** Rows past a threshold stand out (the band is also written in words: colour never carries it alone). */
const BAND_STYLE: Record<Band, { row?: string; tag: string }> = {
  below_half: { tag: 'default' },
  over_half: { row: '#fff7e6', tag: 'warning' },
  two_thirds: { row: '#fff1f0', tag: 'error' },
};

/** The count of a level and its share of the denominator, as the server computed them (exact fractions). */
function LevelCell({ row, level }: { row: Row; level: ConfidenceLevel }) {
  const share = row.levels[level];
  return (
    <span style={{ whiteSpace: 'nowrap', fontWeight: level === 'thap' && row.band !== 'below_half' ? 700 : undefined }}>
      {share.count} ({share.display})
    </span>
  );
}

/** The tally per person voted on: ballots issued, returned, valid, invalid, each level, the threshold band, consequences. */
export function TallySection({ round }: { round: RoundDetail }) {
  const t = useT(roundRunMessages);
  const to = useT(organizerMessages);
  const { locale } = useLocale();
  const tally = useTally(round.id, true);
  const rows = tally.data?.subjects ?? [];
  const first = rows[0];

  const columns = [
    {
      title: to('colName'),
      key: 'name',
      width: 190,
      render: (_: unknown, r: Row) => (
        <Space orientation="vertical" size={0}>
          <strong>{r.fullName}</strong>
          <span>{r.postTitle}</span>
        </Space>
      ),
    },
    { title: t('colIssued'), dataIndex: 'issued', key: 'issued', align: 'right' as const },
    { title: t('colReturned'), dataIndex: 'returned', key: 'returned', align: 'right' as const },
    { title: t('colValid'), dataIndex: 'valid', key: 'valid', align: 'right' as const },
    { title: t('colInvalid'), dataIndex: 'invalid', key: 'invalid', align: 'right' as const },
    ...CONFIDENCE_LEVELS.map((level) => ({
      title: CONFIDENCE_LEVEL_LABELS[level][locale],
      key: level,
      align: 'right' as const,
      render: (_: unknown, r: Row) => <LevelCell row={r} level={level} />,
    })),
    {
      title: t('colBand'),
      key: 'band',
      width: 150,
      render: (_: unknown, r: Row) => (
        <Tag color={BAND_STYLE[r.band].tag} style={{ whiteSpace: 'normal' }}>
          {t(`band_${r.band}`)}
        </Tag>
      ),
    },
    {
      title: t('colFollowUps'),
      key: 'followUps',
      // Wraps inside its width, so the whole table fits a 1366 px screen without scrolling sideways.
      width: 260,
      onCell: () => ({ style: { whiteSpace: 'normal' as const } }),
      render: (_: unknown, r: Row) =>
        r.followUps.length === 0 ? (
          t('noFollowUp')
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {r.followUps.map((f) => (
              <li key={f}>{isFollowUp(f) ? FOLLOW_UP_LABELS[f][locale] : f}</li>
            ))}
          </ul>
        ),
    },
  ];

  return (
    <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('tallyTitle')}</h2>} data-testid="tally-section">
      <ErrorAlert error={tally.isError ? tally.error : null} />
      {first && (
        <Typography.Paragraph>
          {t('denominatorIs', { kind: DENOMINATOR_LABELS[first.denominator.kind][locale], n: first.denominator.value })}
        </Typography.Paragraph>
      )}
      <DataTable<Row>
        label={t('tallyTable')}
        rowKey="subjectId"
        size="small"
        loading={tally.isFetching}
        columns={columns}
        dataSource={rows}
        pagination={false}
        // Fills the card and wraps long cells at 1366 px; scrolls sideways only below this width.
        scroll={{ x: TALLY_MIN_WIDTH }}
        tableLayout="auto"
        onRow={(r) => ({ style: { background: BAND_STYLE[r.band].row } })}
        data-testid="tally-table"
      />
    </Card>
  );
}
