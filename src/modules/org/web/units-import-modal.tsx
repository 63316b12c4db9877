import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Modal, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { callUpload, callUploadForFile } from '../../../platform/web/api-client.js';
import { ImportIssuesTable, ImportSampleTable } from '../../../platform/web/import-preview-tables.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useT } from '../../../platform/web/i18n.js';
import { orgEndpoints as e, type UnitImportField, type UnitsImportPreview, type UnitsImportResult } from '../org.contract.js';
import { UnitPicker } from './unit-picker.js';
import { unitsImportMessages } from './units-import.messages.js';

/** Every read an import can make stale: refreshed after a commit, so the tree shows the new units. */
const ORG_READS = [e.listUnits, e.getUnit, e.getUnitHistory] as const;

/**
 * "Nhập từ Excel" on the org tree: choose the unit and the file → preview (detected columns, first rows,
 * problems at row and column) → download the errors as .xlsx → import all or nothing → the tree refreshes.
 */
export function UnitsImportModal({ initialUnitId, onClose }: { initialUnitId?: number | undefined; onClose(): void }) {
  const t = useT(unitsImportMessages);
  const queryClient = useQueryClient();
  const [unitId, setUnitId] = useState<number | undefined>(initialUnitId);
  const [file, setFile] = useState<File | undefined>();
  const [preview, setPreview] = useState<UnitsImportPreview | undefined>();
  const [result, setResult] = useState<UnitsImportResult | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

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
    }
  };
  const doPreview = () =>
    run(async (unit, f) => {
      setResult(undefined);
      setPreview(await callUpload(e.previewUnitsImport, { unitId: unit }, f));
    });
  const doCommit = () =>
    run(async (unit, f) => {
      setResult(await callUpload(e.commitUnitsImport, { unitId: unit }, f));
      await Promise.all(ORG_READS.map((r) => queryClient.invalidateQueries({ queryKey: [r.name] })));
    });
  const doErrors = () =>
    run(async (unit, f) => {
      const blob = await callUploadForFile(e.unitsImportErrors, { unitId: unit }, f);
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = 'danh-sach-loi-nhap-don-vi.xlsx';
      a.click();
      URL.revokeObjectURL(a.href);
    });

  const ready = unitId !== undefined && file !== undefined;
  const letters = preview?.columns.map((c) => c.letter) ?? [];
  const fieldLabel = (f: UnitImportField | null) => (f ? t(`field.${f}`) : t('ignored'));
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
        <Button key="errors" icon={<DownloadOutlined />} disabled={!ready || !preview || preview.ok} onClick={doErrors}>
          {t('errorsXlsx')}
        </Button>,
        <Button key="preview" disabled={!ready} loading={busy} onClick={doPreview}>
          {t('preview')}
        </Button>,
        <Button key="commit" type="primary" disabled={!ready || !preview?.ok || !!result} loading={busy} onClick={doCommit}>
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
          <Form.Item
            label={t('file')}
            required
            extra={
              <Typography.Link href={e.unitsImportTemplate.path} download data-testid="units-import-template">
                <DownloadOutlined /> {t('template')}
              </Typography.Link>
            }
          >
            <Upload
              accept=".xlsx,.csv"
              maxCount={1}
              beforeUpload={(f) => {
                setFile(f);
                setPreview(undefined);
                setResult(undefined);
                return false;
              }}
              onRemove={() => setFile(undefined)}
            >
              <Button icon={<UploadOutlined />}>{t('chooseFile')}</Button>
            </Upload>
          </Form.Item>
        </Form>
        <ErrorAlert error={error} />
        {result && <Alert type="success" showIcon title={t('done', result)} />}
        {preview && (
          <>
            <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
              {t('columns')}
            </Typography.Title>
            <Table
              size="small"
              rowKey="letter"
              pagination={false}
              dataSource={preview.columns}
              columns={[
                { title: t('colLetter'), dataIndex: 'letter', width: 70 },
                { title: t('colHeader'), dataIndex: 'header' },
                { title: t('colField'), dataIndex: 'field', render: fieldLabel },
              ]}
            />
            <ImportSampleTable letters={letters} rows={preview.sampleRows} />
            {preview.ok ? (
              <Alert
                type="success"
                showIcon
                title={t('plan', { create: preview.toCreate, update: preview.toUpdate, unchanged: preview.unchanged })}
              />
            ) : (
              <ImportIssuesTable issues={preview.issues} errorCount={preview.errorCount} />
            )}
          </>
        )}
      </Space>
    </Modal>
  );
}
