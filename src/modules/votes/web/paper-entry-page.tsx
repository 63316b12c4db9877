import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Space, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useApiMutation, useApiQuery } from '../../../platform/web/api-hooks.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useLocale, useT } from '../../../platform/web/i18n.js';
import { usePageTitle } from '../../../platform/web/page-title.js';
import { StatusPage } from '../../../platform/web/status-page.js';
import { votesPaperEndpoints as pe, type PaperStatus, type SlotSheets } from '../votes-paper.contract.js';
import { PaperComparison } from './paper-comparison.js';
import { paperEntryMessages } from './paper-entry.messages.js';
import { MarkTag } from './paper-marks.js';
import { PaperSheetForm, type SheetDraft } from './paper-sheet-form.js';

/** Everything a counter's action can make stale. */
const PAPER_READS = [pe.getVotePaper, pe.getVotePaperSheets, pe.compareVotePaper] as const;

/**
 * /votes/:roundId/paper/:slot — a counter of the counting board enters the returned paper sheets, fast
 * and from the keyboard, sees what they saved, reports finished, and then sees the comparison with the
 * other counter's entry. Only the account assigned to the slot can use it (the server refuses others).
 */
export default function PaperEntryPage() {
  const t = useT(paperEntryMessages);
  const params = useParams();
  const id = Number(params.roundId);
  const slot = Number(params.slot);
  const valid = Number.isSafeInteger(id) && id > 0 && (slot === 1 || slot === 2);
  const status = useApiQuery(pe.getVotePaper, { params: { id } }, { enabled: valid });
  usePageTitle(t('pageTitle', { slot }));

  if (!valid) return <StatusPage kind="not-found" />;
  if (status.isPending) return <Spin size="large" />;
  if (status.isError) return <ErrorAlert error={status.error} />;
  const s = status.data;
  const mine = s.mySlot === slot;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to={`/votes/${id}`}>
        <ArrowLeftOutlined /> {t('back')}
      </Link>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('pageTitle', { slot })} — {s.title}
      </Typography.Title>
      {s.ballotsHandedOut !== null && <Typography.Text>{t('handedOut', { count: s.ballotsHandedOut })}</Typography.Text>}
      {!mine && <Alert type="warning" showIcon title={t('notYourSlot', { slot })} />}
      {mine && <SlotEntry status={s} slot={slot === 1 ? 1 : 2} />}
      <PaperComparison status={s} />
    </Space>
  );
}

function SlotEntry({ status, slot }: { status: PaperStatus; slot: 1 | 2 }) {
  const t = useT(paperEntryMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const params = { id: status.roundId, slot };
  const sheets = useApiQuery(pe.getVotePaperSheets, { params });
  const save = useApiMutation(pe.saveVotePaperSheets, PAPER_READS);
  const finish = useApiMutation(pe.finishVotePaper, PAPER_READS);
  const reopen = useApiMutation(pe.reopenVotePaper, PAPER_READS);
  const [editing, setEditing] = useState<SheetDraft | null>(null);
  const [round, setRound] = useState(0);

  if (sheets.isPending) return <Spin />;
  if (sheets.isError) return <ErrorAlert error={sheets.error} />;
  const saved = sheets.data.sheets;
  const finished = sheets.data.finished;
  const open = status.status === 'open';
  const next = saved.reduce((max, x) => Math.max(max, x.sheetNo), 0) + 1;
  const names = new Map(status.subjects.map((x) => [x.id, x.fullName]));

  const onSave = (sheet: SheetDraft) =>
    save.mutate(
      { params, body: { sheets: [sheet], remove: [] } },
      {
        onSuccess: () => {
          void message.success(t('saved', { sheetNo: sheet.sheetNo }));
          setEditing(null);
          setRound((r) => r + 1);
        },
      },
    );
  // The form remounts (key) for each new sheet or sheet to edit; a save's callback runs after the
  // sheets were re-read, so the next number is already known then.
  const edit = (sheet: SheetDraft) => {
    setEditing(sheet);
    setRound((r) => r + 1);
  };
  const onRemove = (sheetNo: number) => save.mutate({ params, body: { sheets: [], remove: [sheetNo] } });

  return (
    <>
      {!open && <Alert type="info" showIcon title={t('roundNotOpen')} />}
      {finished && <Alert type="success" showIcon title={t('finished')} />}
      <Card size="small" title={t('entered', { count: saved.length })}>
        {save.error && <ErrorAlert error={save.error} />}
        <PaperSheetForm
          key={round}
          subjects={status.subjects}
          initial={editing ?? { sheetNo: next }}
          disabled={!open || finished}
          saving={save.isPending}
          onSave={onSave}
        />
      </Card>
      <Space wrap>
        {!finished && (
          <Popconfirm title={t('finishConfirm')} onConfirm={() => finish.mutate({ params })} disabled={!open}>
            <Button type="primary" disabled={!open} loading={finish.isPending} data-testid="paper-finish">
              {t('finish')}
            </Button>
          </Popconfirm>
        )}
        {finished && (
          <Button
            onClick={() => reopen.mutate({ params })}
            disabled={!open}
            loading={reopen.isPending}
            data-testid="paper-reopen"
          >
            {t('reopen')}
          </Button>
        )}
      </Space>
      {(finish.error ?? reopen.error) && <ErrorAlert error={finish.error ?? reopen.error} />}
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('savedSheets')}
      </Typography.Title>
      <Table<SlotSheets['sheets'][number]>
        size="small"
        rowKey="sheetNo"
        dataSource={[...saved].reverse()}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="paper-saved"
        columns={[
          { title: t('colSheet'), dataIndex: 'sheetNo', width: 80 },
          {
            title: t('colMarks'),
            render: (_, sheet) => (
              <Space wrap size={4}>
                {status.subjects.map((x) => (
                  <span key={x.id} title={names.get(x.id)}>
                    <MarkTag mark={sheet.marks[x.id]} locale={locale} />
                  </span>
                ))}
              </Space>
            ),
          },
          {
            title: '',
            width: 160,
            render: (_, sheet) =>
              open && !finished ? (
                <Space>
                  <Button size="small" onClick={() => edit({ sheetNo: sheet.sheetNo, marks: sheet.marks })}>
                    {t('edit')}
                  </Button>
                  <Popconfirm title={t('removeConfirm', { sheetNo: sheet.sheetNo })} onConfirm={() => onRemove(sheet.sheetNo)}>
                    <Button size="small" danger>
                      {t('remove')}
                    </Button>
                  </Popconfirm>
                </Space>
              ) : null,
          },
        ]}
      />
    </>
  );
}
