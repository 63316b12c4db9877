import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Modal, Select, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { callUpload, callUploadForFile } from '../../../platform/web/api-client.js';
import { ImportIssuesTable, ImportSampleTable } from '../../../platform/web/import-preview-tables.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { formatDate } from '../../../platform/web/format.js';
import { useT } from '../../../platform/web/i18n.js';
import { UnitPicker } from '../../org/web/index.js';
import type { PersonStatus } from '../people-codes.js';
import { peopleEndpoints as e, type ImportPreview } from '../people.contract.js';
import { ImportColumnsTable } from './import-columns-table.js';
import { ImportProgressBar, newImportId, useImportProgress, type UploadState } from './import-progress.js';
import { usePeopleLabels } from './people-labels.js';
import { importMessages } from './people-import.messages.js';

type Result = { created: number; updated: number; postsCreated: number };

/**
 * "Nhập từ Excel": choose unit, default status and file → preview (columns with their fields, which
 * the user may change, sample, problems, the posts to be recorded) → import all or nothing, with a
 * progress bar (upload, then the server's phases).
 */
export function PeopleImportModal({ onClose }: { onClose(): void }) {
  const t = useT(importMessages);
  const labels = usePeopleLabels();
  const queryClient = useQueryClient();
  const [unitId, setUnitId] = useState<number | undefined>();
  const [status, setStatus] = useState<PersonStatus | undefined>();
  const [file, setFile] = useState<File | undefined>();
  const [mapping, setMapping] = useState<Record<string, string | null>>({});
  const [preview, setPreview] = useState<ImportPreview | undefined>();
  /** The preview no longer matches the mapping or status chosen: preview again before importing. */
  const [stale, setStale] = useState(false);
  const [result, setResult] = useState<Result | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [upload, setUpload] = useState<UploadState | undefined>();
  const [importId, setImportId] = useState<string | undefined>();
  const serverProgress = useImportProgress(importId);

  const query = (unit: number, id?: string) => ({
    unitId: unit,
    status,
    mapping: Object.keys(mapping).length > 0 ? JSON.stringify(mapping) : undefined,
    importId: id,
  });
  const onProgress = (loaded: number, total: number) => setUpload({ loaded, total });

  const run = async (fn: (unit: number, f: File) => Promise<void>) => {
    if (unitId === undefined || !file) return;
    setBusy(true);
    setError(null);
    try {
      await fn(unitId, file);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
      setUpload(undefined);
      setImportId(undefined);
    }
  };
  const doPreview = () =>
    run(async (unit, f) => {
      setResult(undefined);
      setUpload({ loaded: 0, total: f.size });
      const p = await callUpload(e.previewPeopleImport, query(unit), f, { onProgress });
      setPreview(p);
      setStale(false);
    });
  const doCommit = () =>
    run(async (unit, f) => {
      const id = newImportId();
      setImportId(id);
      setUpload({ loaded: 0, total: f.size });
      setResult(await callUpload(e.commitPeopleImport, query(unit, id), f, { onProgress }));
      await queryClient.invalidateQueries({ queryKey: [e.listPeople.name] });
    });
  const doErrors = () =>
    run(async (unit, f) => {
      const blob = await callUploadForFile(e.peopleImportErrors, query(unit), f);
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = 'danh-sach-loi-nhap.xlsx';
      a.click();
      URL.revokeObjectURL(a.href);
    });

  const changed = () => {
    if (preview) setStale(true);
    setResult(undefined);
  };
  const ready = unitId !== undefined && file !== undefined;
  const letters = preview?.columns.map((c) => c.letter) ?? [];
  return (
    <Modal
      open
      title={t('title')}
      width={980}
      onCancel={onClose}
      footer={[
        <Button key="close" onClick={onClose}>
          {t('close')}
        </Button>,
        <Button key="errors" icon={<DownloadOutlined />} disabled={!ready || !preview || preview.ok || busy} onClick={doErrors}>
          {t('errorsXlsx')}
        </Button>,
        <Button key="preview" data-testid="import-preview" disabled={!ready} loading={busy} onClick={doPreview}>
          {t('preview')}
        </Button>,
        <Button
          key="commit"
          data-testid="import-commit"
          type="primary"
          disabled={!ready || !preview?.ok || stale || !!result}
          loading={busy}
          onClick={doCommit}
        >
          {t('commit')}
        </Button>,
      ]}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('allOrNothing')}
        </Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('unit')} extra={t('unitHelp')} required>
            <UnitPicker
              aria-label={t('unit')}
              value={unitId}
              onChange={(id) => {
                setUnitId(id ?? undefined);
                setPreview(undefined);
                setResult(undefined);
              }}
            />
          </Form.Item>
          <Form.Item label={t('status')} extra={t('statusHelp')}>
            <Select
              aria-label={t('status')}
              allowClear
              placeholder={t('statusNone')}
              value={status}
              options={labels.options.status}
              onChange={(v: PersonStatus | undefined) => {
                setStatus(v ?? undefined);
                changed();
              }}
            />
          </Form.Item>
          <Form.Item
            label={t('file')}
            required
            extra={
              <Typography.Link href={e.peopleImportTemplate.path} download data-testid="import-template">
                <DownloadOutlined /> {t('template')}
              </Typography.Link>
            }
          >
            <Upload
              accept=".xlsx,.csv"
              maxCount={1}
              beforeUpload={(f) => {
                setFile(f);
                setMapping({});
                setPreview(undefined);
                setStale(false);
                setResult(undefined);
                return false;
              }}
              onRemove={() => {
                setFile(undefined);
                setPreview(undefined);
              }}
            >
              <Button icon={<UploadOutlined />}>{t('chooseFile')}</Button>
            </Upload>
          </Form.Item>
        </Form>
        {busy && <ImportProgressBar upload={upload} server={importId ? serverProgress : undefined} />}
        <ErrorAlert error={error} />
        {result && (
          <Alert
            type="success"
            showIcon
            title={
              result.postsCreated > 0
                ? t('doneWithPosts', { created: result.created, updated: result.updated, posts: result.postsCreated })
                : t('done', result)
            }
          />
        )}
        {preview && (
          <>
            <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
              {t('columns')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('mappingHelp')}</Typography.Text>
            <ImportColumnsTable
              columns={preview.columns}
              mapping={mapping}
              onChange={(letter, field) => {
                setMapping((m) => ({ ...m, [letter]: field }));
                changed();
              }}
            />
            {stale && <Alert type="warning" showIcon title={t('mappingChanged')} />}
            <ImportSampleTable letters={letters} rows={preview.sampleRows} />
            {preview.postCount > 0 && (
              <Alert
                type="info"
                showIcon
                title={t('posts', { n: preview.postCount, date: formatDate(preview.postsStartDate) })}
              />
            )}
            {preview.ok ? (
              <Alert type="success" showIcon title={t('noIssues', { n: preview.rowCount })} />
            ) : (
              <ImportIssuesTable issues={preview.issues} errorCount={preview.errorCount} />
            )}
          </>
        )}
      </Space>
    </Modal>
  );
}
