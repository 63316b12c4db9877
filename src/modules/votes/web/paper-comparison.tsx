import { Alert, Table, Typography } from 'antd';
import { useApiQuery } from '../../../platform/web/api-hooks.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useLocale, useT } from '../../../platform/web/i18n.js';
import { votesPaperEndpoints, type PaperComparisonView, type PaperStatus } from '../votes-paper.contract.js';
import { paperEntryMessages } from './paper-entry.messages.js';
import { MarkTag } from './paper-marks.js';

type Mismatch = PaperComparisonView['mismatches'][number];
type PaperT = (key: keyof (typeof paperEntryMessages)['vi'], vars?: Record<string, string | number>) => string;

/** One line on where the double entry stands (shared by the entry page and the round panel). */
export function comparisonLine(status: PaperStatus, t: PaperT): string {
  // Agreed: both counters entered the same sheets.
  if (status.comparison === 'agreed') return t('comparison_agreed', { count: status.counters[0]?.sheets ?? 0 });
  if (status.comparison === 'mismatch') return t('comparison_mismatch', { sheets: status.mismatchSheets.join(', ') });
  return t(`comparison_${status.comparison}`);
}

/**
 * The comparison, once both counters have finished: the sheets entered on one side only, and for each
 * differing sheet the person and both counters' marks. Before that, one line saying entry goes on.
 */
export function PaperComparison({ status }: { status: PaperStatus }) {
  const t = useT(paperEntryMessages);
  const { locale } = useLocale();
  const done = status.comparison === 'agreed' || status.comparison === 'mismatch';
  const compared = useApiQuery(votesPaperEndpoints.compareVotePaper, { params: { id: status.roundId } }, { enabled: done });
  const names = new Map(status.subjects.map((s) => [s.id, s.fullName]));

  return (
    <section aria-labelledby="paper-comparison-title">
      <Typography.Title level={2} id="paper-comparison-title" style={{ fontSize: 18 }}>
        {t('comparisonTitle')}
      </Typography.Title>
      <Alert
        type={status.comparison === 'mismatch' ? 'error' : status.comparison === 'agreed' ? 'success' : 'info'}
        showIcon
        title={comparisonLine(status, t)}
        data-testid="paper-comparison-state"
      />
      {compared.isError && <ErrorAlert error={compared.error} />}
      {compared.data && !compared.data.agreed && compared.data.mismatches.length === 0 && (
        <Alert type="error" showIcon title={t('overIssued')} />
      )}
      {compared.data && compared.data.mismatches.length > 0 && (
        <Table<Mismatch>
          size="small"
          style={{ marginTop: 12 }}
          pagination={false}
          rowKey={(m) => `${m.sheetNo}-${m.subjectId ?? 'missing'}`}
          dataSource={compared.data.mismatches}
          data-testid="paper-mismatches"
          columns={[
            { title: t('colSheet'), dataIndex: 'sheetNo', width: 80 },
            {
              title: t('colPerson'),
              render: (_, m) =>
                m.kind === 'missing'
                  ? t('onlyEnteredBy', { slot: m.enteredBy ?? '' })
                  : (names.get(m.subjectId ?? '') ?? m.subjectId),
            },
            { title: t('colFirst'), render: (_, m) => (m.kind === 'marks' ? <MarkTag mark={m.first} locale={locale} /> : null) },
            {
              title: t('colSecond'),
              render: (_, m) => (m.kind === 'marks' ? <MarkTag mark={m.second} locale={locale} /> : null),
            },
          ]}
        />
      )}
    </section>
  );
}
