import { Progress, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { callApi } from '../../../platform/web/api-client.js';
import { useT } from '../../../platform/web/i18n.js';
import { peopleImportProgressEndpoint, type ImportProgress } from '../people.contract.js';
import { importMessages } from './people-import.messages.js';

/** Bytes of the upload sent so far. */
export interface UploadState {
  readonly loaded: number;
  readonly total: number;
}

/** A random import id for the progress endpoint (crypto.getRandomValues works on plain http too). */
export function newImportId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `imp-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

const POLL_MS = 400;

/** Polls the server's progress of `importId` while it is set (one request at a time). */
export function useImportProgress(importId: string | undefined): ImportProgress | undefined {
  const [progress, setProgress] = useState<ImportProgress | undefined>();
  const inFlight = useRef(false);
  useEffect(() => {
    setProgress(undefined);
    if (!importId) return undefined;
    let stopped = false;
    const timer = setInterval(() => {
      if (inFlight.current) return;
      inFlight.current = true;
      callApi(peopleImportProgressEndpoint, { query: { importId } })
        .then((p) => {
          if (!stopped) setProgress(p);
        })
        .catch(() => undefined)
        .finally(() => {
          inFlight.current = false;
        });
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [importId]);
  return progress;
}

/** Share of the bar per stage: the upload, then the server's reading, checking and writing. */
const STAGES = { upload: [0, 30], reading: [30, 40], checking: [40, 50], writing: [50, 100] } as const;

function within([from, to]: readonly [number, number], done: number, total: number): number {
  return Math.round(from + (to - from) * (total > 0 ? Math.min(1, done / total) : 0));
}

/** One bar for the whole import: the upload (browser events), then the server's phases (polled). */
export function ImportProgressBar({ upload, server }: { upload: UploadState | undefined; server: ImportProgress | undefined }) {
  const t = useT(importMessages);
  if (!upload && !server) return null;
  const uploading = upload !== undefined && upload.loaded < upload.total;
  let label: string;
  let percent: number;
  if (uploading || !server || server.phase === 'waiting') {
    label = uploading ? t('uploading') : t('phase_waiting');
    percent = within(STAGES.upload, upload?.loaded ?? 0, upload?.total ?? 0);
  } else if (server.phase === 'done' || server.phase === 'failed') {
    label = t(`phase_${server.phase}`);
    percent = 100;
  } else {
    label = t(`phase_${server.phase}`);
    if (server.total > 0) label += ` — ${t('progressRows', { done: server.done, total: server.total })}`;
    percent = within(STAGES[server.phase], server.done, server.total);
  }
  return (
    <div aria-live="polite" data-testid="import-progress">
      <Typography.Text>{label}</Typography.Text>
      <Progress percent={percent} status={server?.phase === 'failed' ? 'exception' : 'active'} aria-label={label} />
    </div>
  );
}
