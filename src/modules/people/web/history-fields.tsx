import { Checkbox, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { z } from 'zod';
import { UnitPicker } from '../../org/web/index.js';
import { useLocale } from '../../../platform/web/i18n.js';
import { ManagementBodyPicker } from './management-body-picker.js';
import { dateToWire, schemaRule } from './person-form-rules.js';
import { DATE_FORMAT } from './ui.js';

/** One field of a history dialog, checked with the endpoint's own body schema. */
export interface HistoryField {
  name: string;
  label: string;
  kind: 'text' | 'date' | 'number' | 'select' | 'unit' | 'bool' | 'body';
  required?: boolean;
  max?: number;
  options?: { value: string; label: string }[];
  requiredMessage?: string;
  /** For `body`: the label of the owning-unit step. */
  unitLabel?: string;
}

/** The management body picker with its own first step (the owning unit) kept in local state. */
function BodyField(props: {
  unitLabel: string;
  bodyLabel: string;
  id?: string;
  value?: number | null;
  onChange?: (v?: number) => void;
}) {
  const [unitId, setUnitId] = useState<number | undefined>();
  return <ManagementBodyPicker {...props} unitId={unitId} onUnitChange={setUnitId} />;
}

type Shape = Record<string, z.ZodType>;

function control(f: HistoryField) {
  switch (f.kind) {
    case 'date':
      return <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />;
    case 'number':
      return <InputNumber min={0} max={20} step={0.01} decimalSeparator="," style={{ width: '100%' }} />;
    case 'select':
      return <Select options={f.options} />;
    case 'unit':
      return <UnitPicker />;
    case 'bool':
      return <Checkbox>{f.label}</Checkbox>;
    case 'body':
      return <BodyField unitLabel={f.unitLabel ?? ''} bodyLabel={f.label} />;
    default:
      return <Input maxLength={f.max ?? 200} autoComplete="off" />;
  }
}

export function HistoryFields({ fields, shape }: { fields: readonly HistoryField[]; shape: Shape }) {
  const { locale } = useLocale();
  return (
    <>
      {fields.map((f) => {
        const schema = shape[f.name];
        const rules = [
          ...(f.required ? [{ required: true, message: f.requiredMessage ?? f.label }] : []),
          ...(schema ? [schemaRule(schema, locale, dateToWire)] : []),
        ];
        return f.kind === 'bool' ? (
          <Form.Item key={f.name} name={f.name} valuePropName="checked">
            {control(f)}
          </Form.Item>
        ) : (
          <Form.Item key={f.name} name={f.name} label={f.label} rules={rules}>
            {control(f)}
          </Form.Item>
        );
      })}
    </>
  );
}

/** The dialog's values as the endpoint takes them: dates as ISO, blanks as null, booleans as set. */
export function historyBody(fields: readonly HistoryField[], values: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[f.name];
    if (f.kind === 'bool') body[f.name] = v === true;
    else if (dayjs.isDayjs(v)) body[f.name] = v.format('YYYY-MM-DD');
    else if (typeof v === 'string') body[f.name] = v.trim() === '' ? null : v.trim();
    else body[f.name] = v ?? null;
  }
  return body;
}
