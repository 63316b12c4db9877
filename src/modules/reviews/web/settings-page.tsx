import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Form, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '../../../platform/web/data-table.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useT } from '../../../platform/web/i18n.js';
import { usePageTitle } from '../../../platform/web/page-title.js';
import { UnitPicker } from '../../org/web/index.js';
import { OVERRIDE_DEFAULTS } from '../org-overrides.rules.js';
import type { Settings } from '../reviews-settings.contract.js';
import { reviewsAdminMessages } from './reviews-admin.messages.js';
import { SETTING_FIELDS, type SettingField } from './settings-fields.js';
import { SettingsForm } from './settings-form.js';
import { useSettingHelp, useSettingText } from './settings-labels.js';
import { useReviewSettings } from './settings.api.js';

function readUnitId(p: URLSearchParams): number | undefined {
  const unitId = Number(p.get('unitId'));
  return Number.isSafeInteger(unitId) && unitId > 0 ? unitId : undefined;
}

/** What is in force for the unit, key by key: value (own or inherited), default, bounds and source. */
function EffectiveTable({ settings }: { settings: Settings }) {
  const t = useT(reviewsAdminMessages);
  const text = useSettingText();
  const help = useSettingHelp();
  const columns = [
    {
      title: t('colSetting'),
      key: 'setting',
      render: (_: unknown, f: SettingField) => (
        <div style={{ maxWidth: 420 }}>
          <div>{t(`set_${f.key}`)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {help(f)}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('colEffective'),
      key: 'effective',
      render: (_: unknown, f: SettingField) => (
        <Space orientation="vertical" size={2}>
          <strong data-testid={`settings-effective-${f.key}`}>{text(f, settings.effective[f.key])}</strong>
          {f.key in settings.overrides ? (
            <Tag color="processing">{t('ownOverride')}</Tag>
          ) : (
            <Tag color="default">{t('inherited')}</Tag>
          )}
        </Space>
      ),
    },
    { title: t('colDefault'), key: 'default', render: (_: unknown, f: SettingField) => text(f, OVERRIDE_DEFAULTS[f.key]) },
    {
      title: t('colSource'),
      key: 'source',
      render: (_: unknown, f: SettingField) => <div style={{ maxWidth: 260 }}>{t(`src_${f.key}`)}</div>,
    },
  ];
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('effectiveTitle')}</h2>}>
      <Typography.Paragraph data-testid="settings-ref-current">
        {settings.decisionRef ? t('currentRef', { ref: settings.decisionRef, version: settings.version }) : t('noOwn')}
      </Typography.Paragraph>
      <DataTable<SettingField>
        label={t('effectiveTitle')}
        rowKey="key"
        columns={columns}
        dataSource={[...SETTING_FIELDS]}
        pagination={false}
        data-testid="settings-effective"
      />
    </Card>
  );
}

/** /reviews/settings — a unit's review settings in force, and the form managers set its own overrides with. */
export default function SettingsPage() {
  const t = useT(reviewsAdminMessages);
  usePageTitle(t('settingsTitle'));
  const [params, setParams] = useSearchParams();
  const unitId = useMemo(() => readUnitId(params), [params]);
  const settings = useReviewSettings(unitId);
  const data = unitId !== undefined && settings.data?.unitId === unitId ? settings.data : undefined;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/reviews">
        <ArrowLeftOutlined /> {t('back')}
      </Link>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('settingsTitle')}
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0, maxWidth: 900 }}>{t('settingsIntro')}</Typography.Paragraph>
      <Form layout="inline" name="review-settings-unit">
        <Form.Item label={t('unit')} htmlFor="review-settings-unit">
          <UnitPicker
            id="review-settings-unit"
            value={unitId ?? null}
            placeholder={t('pickUnit')}
            style={{ width: 420, maxWidth: '100%' }}
            onChange={(id) => setParams(id ? { unitId: String(id) } : {})}
          />
        </Form.Item>
      </Form>
      {unitId === undefined && <Alert type="info" showIcon title={t('pickUnit')} />}
      <ErrorAlert error={settings.isError ? settings.error : null} />
      {data && <EffectiveTable settings={data} />}
      {data && !data.can.manage && <Alert type="info" showIcon title={t('readOnly')} data-testid="settings-read-only" />}
      {data?.can.manage && <SettingsForm key={data.unitId} settings={data} onReload={() => void settings.refetch()} />}
    </Space>
  );
}
