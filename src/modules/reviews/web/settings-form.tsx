import { Alert, App, Button, Card, Checkbox, Form, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../platform/web/api-client.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useFormApiError } from '../../../platform/web/form-errors.js';
import { useT } from '../../../platform/web/i18n.js';
import type { Settings } from '../reviews-settings.contract.js';
import { reviewsAdminMessages } from './reviews-admin.messages.js';
import {
  initialValues,
  overridesToSend,
  sameOverrides,
  SETTING_FIELDS,
  type SettingField,
  type SettingValues,
} from './settings-fields.js';
import { useSettingHelp, useSettingText } from './settings-labels.js';
import { useReviewSettingsWrite } from './settings.api.js';

interface Values {
  overrides: SettingValues;
  decisionRef: string;
}

/** The control of one setting (a bounded whole number, an on/off switch, a choice); Form.Item's props pass through. */
function SettingControl({ field, disabled, ...rest }: { field: SettingField; disabled?: boolean }) {
  const text = useSettingText();
  const common = { ...rest, disabled };
  if (field.kind === 'int')
    return <InputNumber {...common} min={field.min} max={field.max} precision={0} style={{ width: 140 }} />;
  if (field.kind === 'bool')
    return <Switch {...common} checkedChildren={text(field, true)} unCheckedChildren={text(field, false)} />;
  return <Select {...common} style={{ width: 240 }} options={field.options.map((o) => ({ value: o, label: text(field, o) }))} />;
}

/**
 * A manager's form for the unit's own overrides: starts from what is in force, sends only the keys
 * changed (and those the unit already set, unless dropped), with the document number and the version
 * read. Refusals land on the field they name; a version conflict keeps what was typed.
 */
export function SettingsForm({ settings, onReload }: { settings: Settings; onReload: () => void }) {
  const t = useT(reviewsAdminMessages);
  const help = useSettingHelp();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const write = useReviewSettingsWrite();
  const errs = useFormApiError(form);
  const [cleared, setCleared] = useState<ReadonlySet<string>>(new Set());
  const [conflict, setConflict] = useState(false);
  const [unchanged, setUnchanged] = useState(false);

  const toggleCleared = (key: string, on: boolean) => {
    const next = new Set(cleared);
    if (on) next.add(key);
    else next.delete(key);
    setCleared(next);
  };

  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    errs.clearError();
    setConflict(false);
    const overrides = overridesToSend(settings.overrides, settings.effective, v.overrides, cleared);
    if (sameOverrides(settings.overrides, overrides)) {
      setUnchanged(true);
      return;
    }
    setUnchanged(false);
    try {
      await write.mutateAsync({
        params: { unitId: settings.unitId },
        body: { overrides, decisionRef: v.decisionRef.trim(), version: settings.version },
      });
      setCleared(new Set());
      form.setFieldValue('decisionRef', '');
      void message.success(t('saved'));
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) setConflict(true);
      else errs.onError(e);
    }
  };

  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('formTitle')}</h2>} data-testid="settings-form">
      <Typography.Paragraph>{t('formHelp')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        name="review-settings"
        layout="vertical"
        requiredMark
        initialValues={{ overrides: initialValues(settings.effective), decisionRef: '' }}
      >
        {SETTING_FIELDS.map((f) => (
          <div key={f.key}>
            <Form.Item
              name={['overrides', f.key]}
              label={t(`set_${f.key}`)}
              extra={help(f)}
              valuePropName={f.kind === 'bool' ? 'checked' : 'value'}
              style={{ marginBottom: f.key in settings.overrides ? 4 : 24 }}
            >
              <SettingControl field={f} disabled={cleared.has(f.key)} />
            </Form.Item>
            {f.key in settings.overrides && (
              <Checkbox
                style={{ marginBottom: 24 }}
                checked={cleared.has(f.key)}
                onChange={(e) => toggleCleared(f.key, e.target.checked)}
                data-testid={`settings-clear-${f.key}`}
              >
                {t('useInherited')}
              </Checkbox>
            )}
          </div>
        ))}
        <Form.Item
          name="decisionRef"
          label={t('decisionRef')}
          rules={[{ required: true, whitespace: true, message: t('decisionRefRequired') }]}
        >
          <Input maxLength={100} style={{ maxWidth: 320 }} data-testid="settings-ref" />
        </Form.Item>
        {conflict && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            style={{ marginBottom: 16 }}
            title={t('conflict')}
            action={
              <Button size="small" onClick={() => (setConflict(false), onReload())}>
                {t('reload')}
              </Button>
            }
            data-testid="settings-conflict"
          />
        )}
        {unchanged && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('nothingChanged')} />}
        <ErrorAlert error={errs.error} />
        <Space>
          <Button type="primary" loading={write.isPending} onClick={() => void submit()} data-testid="settings-save">
            {t('save')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
