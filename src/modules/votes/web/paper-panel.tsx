import { Card, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useApiQuery } from '../../../platform/web/api-hooks.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useT } from '../../../platform/web/i18n.js';
import { votesPaperEndpoints } from '../votes-paper.contract.js';
import type { RoundDetail } from '../votes.schemas.js';
import { comparisonLine } from './paper-comparison.js';
import { paperEntryMessages } from './paper-entry.messages.js';
import { PaperSetupForm } from './paper-setup-form.js';

/** While counters are entering, the round page refreshes the paper state this often. */
const PAPER_REFRESH_MS = 10_000;

/**
 * The round page's paper panel: the two counters with their entry pages and how many sheets each has
 * entered, and one line on the comparison (the close is refused until it says the entries agree). While
 * the round is a draft or open, its managers name the counters and record the paper ballots here.
 */
export function PaperPanel({ round }: { round: RoundDetail }) {
  const t = useT(paperEntryMessages);
  const paper = useApiQuery(
    votesPaperEndpoints.getVotePaper,
    { params: { id: round.id } },
    { refetchInterval: (q) => (q.state.data?.comparison === 'entering' ? PAPER_REFRESH_MS : false) },
  );
  if (paper.isPending) return null;
  if (paper.isError) return <ErrorAlert error={paper.error} />;
  const p = paper.data;
  const canSet = round.can.manage && (round.status === 'draft' || round.status === 'open');
  if (!canSet && p.comparison === 'unused' && p.counters.length === 0) return null;

  return (
    <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('panelTitle')}</h2>} data-testid="paper-panel">
      <Space orientation="vertical" size={4}>
        {p.ballotsHandedOut !== null && <Typography.Text>{t('handedOut', { count: p.ballotsHandedOut })}</Typography.Text>}
        {p.counters.length === 0 && <Typography.Text type="secondary">{t('panelNone')}</Typography.Text>}
        {p.counters.map((c) => (
          <Typography.Text key={c.slot}>
            {t('panelCounter', {
              slot: c.slot,
              name: c.displayName,
              count: c.sheets,
              state: c.finished ? t('panelFinished') : '',
            })}{' '}
            <Link to={`/votes/${round.id}/paper/${c.slot}`}>{t('panelOpenPage')}</Link>
          </Typography.Text>
        ))}
        <Typography.Text strong data-testid="paper-panel-state">
          {comparisonLine(p, t)}
        </Typography.Text>
        {canSet && <PaperSetupForm status={p} />}
      </Space>
    </Card>
  );
}
