import { App, DatePicker, Form, Input, InputNumber, Modal, Radio, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { applyApiError } from '../../../platform/web/form-errors.js';
import { formatDate } from '../../../platform/web/format.js';
import { useT } from '../../../platform/web/i18n.js';
import { UnitPicker } from '../../org/web/index.js';
import { defaultDeadlines, periodOf } from '../cycle-defaults.rules.js';
import { PERIOD_KINDS, REGIMES, type PeriodKind, type Regime } from '../review-constants.js';
import { reviewsEndpoints } from '../reviews.contract.js';
import { useReviewsWrite } from './reviews.api.js';
import { reviewsMessages } from './reviews.messages.js';
import { testId } from './review-labels.js';

interface Values {
  unitId: number;
  regime: Regime;
  periodKind: PeriodKind;
  year: number;
  periodNo?: number | null;
  title?: string;
  selfReviewDue?: Dayjs | null;
  commentsDue?: Dayjs | null;
  decisionDue?: Dayjs | null;
  wideOpinion: boolean;
}

/** What the date pickers show (DOMAIN §7.3); the wire carries ISO `YYYY-MM-DD`. */
export const DATE_FORMAT = 'DD/MM/YYYY';
const MAX_PERIOD_NO: Readonly<Record<PeriodKind, number>> = { year: 0, quarter: 4, month: 12 };

/** The defaults the server will use, shown under each deadline (cycle-defaults.rules.ts, shared). */
function defaultsOf(v: Partial<Values>) {
  if (!v.regime || !v.periodKind || !v.year) return null;
  const no = v.periodKind === 'year' ? null : (v.periodNo ?? null);
  if (v.periodKind !== 'year' && (no === null || no < 1 || no > MAX_PERIOD_NO[v.periodKind])) return null;
  return defaultDeadlines(v.regime, periodOf(v.periodKind, v.year, no));
}

const iso = (d: Dayjs | null | undefined) => (d ? { value: d.format('YYYY-MM-DD') } : null);

/** Open a review cycle: unit, regime, period, optional title and deadlines (defaults shown), wide opinion. */
export function CycleOpenModal(props: { unitId?: number; onClose: () => void; onOpened: (id: number) => void }) {
  const t = useT(reviewsMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const open = useReviewsWrite(reviewsEndpoints.openReviewCycle);
  const [error, setError] = useState<unknown>(null);
  const watched = Form.useWatch([], form) as Partial<Values> | undefined;
  const defaults = defaultsOf(watched ?? {});
  const kind = watched?.periodKind ?? 'year';

  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setError(null);
    const dates = { selfReviewDue: iso(v.selfReviewDue), commentsDue: iso(v.commentsDue), decisionDue: iso(v.decisionDue) };
    try {
      const cycle = await open.mutateAsync({
        body: {
          unitId: v.unitId,
          regime: v.regime,
          periodKind: v.periodKind,
          year: v.year,
          ...(v.periodKind !== 'year' && typeof v.periodNo === 'number' ? { periodNo: v.periodNo } : {}),
          ...(v.title?.trim() ? { title: v.title.trim() } : {}),
          ...(dates.selfReviewDue ? { selfReviewDue: dates.selfReviewDue.value } : {}),
          ...(dates.commentsDue ? { commentsDue: dates.commentsDue.value } : {}),
          ...(dates.decisionDue ? { decisionDue: dates.decisionDue.value } : {}),
          wideOpinion: v.wideOpinion,
        },
      });
      void message.success(t('opened'));
      props.onOpened(cycle.id);
    } catch (err) {
      setError(applyApiError(form, err));
    }
  };

  const due = (name: 'selfReviewDue' | 'commentsDue' | 'decisionDue') => (
    <Form.Item name={name} label={t(name)} extra={defaults ? t('defaultDue', { date: formatDate(defaults[name]) }) : undefined}>
      <DatePicker format={DATE_FORMAT} style={{ width: 175 }} data-testid={`cycle-open-${name}`} />
    </Form.Item>
  );

  return (
    <Modal
      open
      title={t('openTitle')}
      okText={t('open')}
      cancelText={t('cancel')}
      okButtonProps={{ loading: open.isPending, ...testId('cycle-open-submit') }}
      onOk={() => void submit()}
      onCancel={props.onClose}
      width={640}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form<Values>
        form={form}
        name="review-cycle-open"
        layout="vertical"
        requiredMark
        initialValues={{
          unitId: props.unitId,
          regime: 'state',
          periodKind: 'year',
          year: new Date().getFullYear(),
          wideOpinion: false,
        }}
      >
        <Form.Item name="unitId" label={t('unit')} rules={[{ required: true, message: t('unitRequired') }]}>
          <UnitPicker />
        </Form.Item>
        <Form.Item name="regime" label={t('regime')} rules={[{ required: true }]}>
          <Radio.Group options={REGIMES.map((r) => ({ value: r, label: t(`regime_${r}`) }))} data-testid="cycle-open-regime" />
        </Form.Item>
        <Form.Item name="periodKind" label={t('periodKind')} rules={[{ required: true }]}>
          <Radio.Group
            options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`periodKind_${k}`) }))}
            data-testid="cycle-open-period-kind"
          />
        </Form.Item>
        <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
          <Form.Item name="year" label={t('year')} rules={[{ required: true, message: t('yearRequired') }]}>
            <InputNumber min={2015} max={2100} style={{ width: 120 }} data-testid="cycle-open-year" />
          </Form.Item>
          {kind !== 'year' && (
            <Form.Item name="periodNo" label={t('periodNo')} rules={[{ required: true, message: t('periodNoRequired') }]}>
              <InputNumber min={1} max={MAX_PERIOD_NO[kind]} style={{ width: 120 }} data-testid="cycle-open-period-no" />
            </Form.Item>
          )}
        </div>
        <Form.Item name="title" label={t('title')} extra={t('titleHelp')}>
          <Input maxLength={300} data-testid="cycle-open-title" />
        </Form.Item>
        <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
          {due('selfReviewDue')}
          {due('commentsDue')}
          {due('decisionDue')}
        </div>
        <Form.Item name="wideOpinion" label={t('wideOpinion')} extra={t('wideOpinionHelp')} valuePropName="checked">
          <Switch data-testid="cycle-open-wide-opinion" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
