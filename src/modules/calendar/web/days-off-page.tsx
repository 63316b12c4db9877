import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Form, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { formatDate, todayIso } from '../../../platform/web/format.js';
import { useT } from '../../../platform/web/i18n.js';
import { usePageTitle } from '../../../platform/web/page-title.js';
import type { DayOff } from '../calendar.contract.js';
import { DayOffForm, type DayOffValues } from './days-off-form.js';
import { DaysOffTable } from './days-off-table.js';
import { useDayOffDelete, useDaysOff } from './days-off.api.js';
import { daysOffMessages } from './days-off.messages.js';

// The years the server accepts (DaysOffQuerySchema).
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** `?year=YYYY`, or this year (in Vietnam) when absent or out of range. */
function readYear(p: URLSearchParams): number {
  const year = Number(p.get('year'));
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? year : Number(todayIso().slice(0, 4));
}

/** The year in the URL, with previous/next buttons and a year picker between them. */
function YearSwitch({ year, onChange }: { year: number; onChange(year: number): void }) {
  const t = useT(daysOffMessages);
  return (
    <Form layout="inline" name="days-off-year">
      <Form.Item label={t('year')} htmlFor="days-off-year" style={{ marginInlineEnd: 0 }}>
        <Space.Compact>
          <Button
            icon={<LeftOutlined />}
            aria-label={t('prevYear')}
            disabled={year <= MIN_YEAR}
            onClick={() => onChange(year - 1)}
          />
          <DatePicker
            id="days-off-year"
            picker="year"
            allowClear={false}
            value={dayjs(`${year}-01-01`)}
            disabledDate={(d) => d.year() < MIN_YEAR || d.year() > MAX_YEAR}
            onChange={(d) => d && onChange(d.year())}
            style={{ width: 110 }}
            data-testid="days-off-year"
          />
          <Button
            icon={<RightOutlined />}
            aria-label={t('nextYear')}
            disabled={year >= MAX_YEAR}
            onClick={() => onChange(year + 1)}
          />
        </Space.Compact>
      </Form.Item>
    </Form>
  );
}

/** /calendar/days-off — the year's public holidays and days off; provincial administrators edit them. */
export default function DaysOffPage() {
  const t = useT(daysOffMessages);
  usePageTitle(t('pageTitle'));
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const year = useMemo(() => readYear(params), [params]);
  const list = useDaysOff(year);
  const del = useDayOffDelete();
  const [deleting, setDeleting] = useState<string | null>(null);
  const [form] = Form.useForm<DayOffValues>();
  const goYear = (y: number) => setParams({ year: String(y) });

  // Correcting a day: fill the form with it and bring the form into view.
  const edit = (d: DayOff) => {
    form.setFieldsValue({ date: dayjs(d.day), name: d.name, source: d.source });
    document.getElementById('day-off_name')?.focus();
  };

  const remove = async (d: DayOff) => {
    setDeleting(d.day);
    try {
      await del.mutateAsync({ params: { day: d.day } });
      void message.success(t('removed', { date: formatDate(d.day) }));
    } catch {
      // Shown by the alert above the table (del.error).
    } finally {
      setDeleting(null);
    }
  };

  // A day entered for another year is shown in its year's list.
  const saved = (day: string) => {
    void message.success(t('saved', { date: formatDate(day) }));
    if (Number(day.slice(0, 4)) !== year) goYear(Number(day.slice(0, 4)));
  };

  const data = list.data?.year === year ? list.data : undefined;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('pageTitle')}
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0, maxWidth: 900 }}>{t('intro')}</Typography.Paragraph>
      <YearSwitch year={year} onChange={goYear} />
      <ErrorAlert error={list.isError ? list.error : null} />
      <ErrorAlert error={del.isError ? del.error : null} />
      <DaysOffTable
        year={year}
        days={data?.days ?? []}
        loading={list.isFetching}
        canEdit={data?.canEdit ?? false}
        deleting={deleting}
        onEdit={edit}
        onDelete={(d) => void remove(d)}
      />
      {data && !data.canEdit && <Alert type="info" showIcon title={t('readOnly')} data-testid="days-off-read-only" />}
      {data?.canEdit && <DayOffForm form={form} pickerYear={dayjs(`${year}-01-01`)} onSaved={saved} />}
    </Space>
  );
}
