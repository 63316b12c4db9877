import { Button, Card, DatePicker, Form, Input, Space, Typography, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useFormApiError } from '../../../platform/web/form-errors.js';
import { useT } from '../../../platform/web/i18n.js';
import { dayOfWeek, isFixedHoliday } from '../working-days.rules.js';
import { useDayOffPut } from './days-off.api.js';
import { daysOffMessages } from './days-off.messages.js';

/** What the date picker shows (DOMAIN §7.3); the wire carries ISO `YYYY-MM-DD`. */
const DATE_FORMAT = 'DD/MM/YYYY';

export interface DayOffValues {
  // Named `date`, not `day`: the server's refusals name `day` with only the date as detail, and that
  // must stay in the alert beside its message rather than replace it under the field.
  date: Dayjs | null;
  name: string;
  source: string;
}

/** Saturdays, Sundays and the fixed holidays are days off already: the server refuses them, so the picker greys them. */
function notEnterable(d: Dayjs): boolean {
  const iso = d.format('YYYY-MM-DD');
  const wd = dayOfWeek(iso);
  return wd === 0 || wd === 6 || isFixedHoliday(iso);
}

interface Props {
  form: FormInstance<DayOffValues>;
  /** The year shown, where the picker opens. */
  pickerYear: Dayjs;
  onSaved(day: string): void;
}

/** An administrator's form to enter an announced day off, or correct one (the same day again). */
export function DayOffForm({ form, pickerYear, onSaved }: Props) {
  const t = useT(daysOffMessages);
  const put = useDayOffPut();
  const errs = useFormApiError(form);

  const submit = async (v: DayOffValues) => {
    if (!v.date) return;
    errs.clearError();
    const day = v.date.format('YYYY-MM-DD');
    try {
      await put.mutateAsync({ params: { day }, body: { name: v.name.trim(), source: v.source.trim() } });
      form.resetFields();
      onSaved(day);
    } catch (e) {
      errs.onError(e);
    }
  };

  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('formTitle')}</h2>} data-testid="day-off-form">
      <Typography.Paragraph style={{ maxWidth: 900 }}>{t('formHelp')}</Typography.Paragraph>
      <Form<DayOffValues>
        form={form}
        name="day-off"
        layout="vertical"
        requiredMark
        initialValues={{ date: null, name: '', source: '' }}
        onFinish={(v) => void submit(v)}
        style={{ maxWidth: 560 }}
      >
        <Form.Item name="date" label={t('date')} rules={[{ required: true, message: t('dateRequired') }]}>
          <DatePicker
            format={DATE_FORMAT}
            disabledDate={notEnterable}
            defaultPickerValue={pickerYear}
            placeholder={t('datePlaceholder')}
            style={{ width: 200, maxWidth: '100%' }}
            data-testid="day-off-date"
          />
        </Form.Item>
        <Form.Item name="name" label={t('name')} rules={[{ required: true, whitespace: true, message: t('nameRequired') }]}>
          <Input maxLength={200} placeholder={t('namePlaceholder')} data-testid="day-off-name" />
        </Form.Item>
        <Form.Item name="source" label={t('source')} rules={[{ required: true, whitespace: true, message: t('sourceRequired') }]}>
          <Input maxLength={300} placeholder={t('sourcePlaceholder')} data-testid="day-off-source" />
        </Form.Item>
        <ErrorAlert error={errs.error} />
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={put.isPending} data-testid="day-off-save">
            {t('save')}
          </Button>
          <Button onClick={() => (form.resetFields(), errs.clearError())}>{t('clear')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
