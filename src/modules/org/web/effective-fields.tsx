import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../../platform/web/i18n.js';
import { DATE_FORMAT, toIsoDate } from './form-dates.js';
import { actionMessages } from './unit-actions.messages.js';

/** The fields every change of a unit carries: when it takes effect, and on which document. */
export interface EffectiveValues {
  effectiveDate: Dayjs;
  documentRef?: string;
}

export function EffectiveFields() {
  const t = useT(actionMessages);
  return (
    <>
      <Form.Item
        name="effectiveDate"
        label={t('effectiveDate')}
        rules={[{ required: true, message: t('requiredPick', { field: t('effectiveDate') }) }]}
      >
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="documentRef" label={t('documentRef')}>
        <Input maxLength={120} placeholder={t('documentRefPlaceholder')} />
      </Form.Item>
    </>
  );
}

/** The wire form of the effective fields. */
export function effectiveBody(v: EffectiveValues) {
  return { effectiveDate: toIsoDate(v.effectiveDate), documentRef: v.documentRef?.trim() || null };
}
