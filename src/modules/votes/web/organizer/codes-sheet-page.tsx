import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Spin, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../../platform/web/error-alert.js';
import { useT } from '../../../../platform/web/i18n.js';
import { usePageTitle } from '../../../../platform/web/page-title.js';
import { useIssuedCodes } from './issued-codes.store.js';
import { useRound } from './organizer.api.js';
import { roundRunMessages } from './round-run.messages.js';
import { voteUrl } from './round-view.js';
import './codes-sheet.css';

/** QR error correction M (15 %): survives a crease or a smudge on a printed card. */
const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 1, width: 256 } as const;

interface Card {
  code: string;
  url: string;
  qr: string;
}

/**
 * /votes/:roundId/codes — the codes just issued, one cut-out card each: the QR opens the ballot with the
 * code filled in; the code is printed too. The codes live only in this tab's memory (issued-codes.store).
 */
export default function CodesSheetPage() {
  const t = useT(roundRunMessages);
  const id = Number(useParams().roundId);
  const round = useRound(Number.isSafeInteger(id) && id > 0 ? id : 0);
  const codes = useIssuedCodes(id);
  const [cards, setCards] = useState<Card[] | null>(null);
  const title = round.data?.title ?? '';
  usePageTitle(t('sheetTitle', { title }));

  useEffect(() => {
    if (!codes) return;
    let live = true;
    const origin = window.location.origin;
    void Promise.all(
      codes.map(async (code) => {
        const url = voteUrl(origin, id, code);
        return { code, url, qr: await QRCode.toDataURL(url, QR_OPTIONS) };
      }),
    ).then((made) => {
      if (live) setCards(made);
    });
    return () => {
      live = false;
    };
  }, [codes, id]);

  const shortUrl = `${window.location.host}/vote/${id}`;
  return (
    <main className="merit-codes-page">
      <div className="merit-codes-noprint">
        <Typography.Title level={1} style={{ fontSize: 22 }}>
          {t('sheetTitle', { title })}
        </Typography.Title>
        <div className="merit-codes-toolbar">
          <Link to={`/votes/${id}`}>
            <ArrowLeftOutlined /> {t('sheetBack')}
          </Link>
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            onClick={() => window.print()}
            disabled={!cards}
            data-testid="codes-print"
          >
            {t('sheetPrint')}
          </Button>
        </div>
        <Typography.Paragraph>{t('sheetHelp')}</Typography.Paragraph>
        <ErrorAlert error={round.isError ? round.error : null} />
      </div>
      {!codes && <Alert type="warning" showIcon title={t('sheetEmpty')} />}
      {codes && !cards && <Spin />}
      {cards && (
        <ul className="merit-codes-grid" data-testid="codes-sheet" aria-label={t('sheetTitle', { title })}>
          {cards.map((c) => (
            <li key={c.code} className="merit-codes-card" data-testid="code-card">
              <h2>{title}</h2>
              <img src={c.qr} alt={t('qrAlt', { code: c.code })} />
              <div>
                <div className="merit-codes-hint">{t('cardCode')}</div>
                <div className="merit-codes-code" data-testid="code-text">
                  {c.code}
                </div>
              </div>
              <div className="merit-codes-hint">{t('cardScan', { url: shortUrl })}</div>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
