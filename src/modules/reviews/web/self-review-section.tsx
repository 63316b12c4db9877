import { App, Button, Divider, Form, Input, InputNumber, Radio, Space, Switch, Typography } from 'antd';
import { useLocale, useT } from '../../../platform/web/i18n.js';
import { LEVELS } from '../review-constants.js';
import { reviewsStepsEndpoints, type ReviewDetail } from '../reviews-steps.contract.js';
import { useLevelOptions } from './review-labels.js';
import { reviewPageMessages } from './review-page.messages.js';
import {
  buildSelfReviewBody,
  formatHundredths,
  hundredthsOf,
  mayTrackPeriods,
  selfReviewValues,
  typedCriteria,
  typedTotal,
  type SelfReviewValues,
} from './review-view.js';
import { useReviewsWrite } from './reviews.api.js';
import { StepCard, StepClosedNotice, StepErrors, useStepErrors } from './step-card.js';

const TASK_FIELDS = ['assigned', 'done', 'onTime', 'exceeded', 'late'] as const;
/** Bounds the schema sets (review-steps.schemas.ts): counts up to 100 000, months 0–12. */
const COUNT_MAX = 100_000;
const MONTHS_MAX = 12;

/** Self-review (form 01/2A/2B/2C): a score and evidence per criterion, tasks, narrative, proposed level. */
export function SelfReviewSection({ review, onReload }: { review: ReviewDetail; onReload: () => void }) {
  const t = useT(reviewPageMessages);
  const { locale } = useLocale();
  const levelOptions = useLevelOptions(LEVELS, 'self-level');
  const { message } = App.useApp();
  const [form] = Form.useForm<SelfReviewValues>();
  const save = useReviewsWrite(reviewsStepsEndpoints.saveSelfReview);
  const errs = useStepErrors(form);
  const values = (Form.useWatch([], form) as SelfReviewValues | undefined) ?? {};
  const editable = review.can.selfReview;
  const stored = review.selfReview;
  const fromPeriods = typeof stored?.taskScoreFromPeriods === 'number' ? stored.taskScoreFromPeriods : null;
  const s = review.summary;
  const canTrack = mayTrackPeriods(s.ruleSet, review.cycle.periodKind, s.personId);
  const shown = typedCriteria(review.criteria, values.taskFromPeriods === true);
  const total = typedTotal(values, review.criteria, fromPeriods);

  const submit = async (v: SelfReviewValues) => {
    errs.clear();
    try {
      await save.mutateAsync({ params: { id: s.id }, body: buildSelfReviewBody(v, review.criteria, s.version) });
      void message.success(t('saved'));
    } catch (e) {
      errs.onError(e);
    }
  };

  if (!editable && !stored)
    return (
      <StepCard step="selfReview" title={t('selfTitle', { form: s.form })} due={review.cycle.selfReviewDue}>
        <StepClosedNotice review={review} step="selfReview" />
        <Typography.Text type="secondary">{t('notYet')}</Typography.Text>
      </StepCard>
    );

  return (
    <StepCard step="selfReview" title={t('selfTitle', { form: s.form })} due={review.cycle.selfReviewDue}>
      <StepClosedNotice review={review} step="selfReview" />
      <StepErrors error={errs.error} conflict={errs.conflict} onReload={() => (errs.clear(), onReload())} testId="self-review" />
      <Form<SelfReviewValues>
        form={form}
        name="review-self"
        layout="vertical"
        disabled={!editable}
        initialValues={selfReviewValues(stored)}
        onFinish={(v) => void submit(v)}
      >
        {canTrack && (
          <Form.Item name="taskFromPeriods" label={t('taskFromPeriods')} valuePropName="checked">
            <Switch data-testid="self-task-from-periods" />
          </Form.Item>
        )}
        {shown.map((c) => (
          <fieldset key={c.code} style={{ border: 0, padding: 0, margin: '0 0 8px' }}>
            <legend style={{ fontSize: 15, fontWeight: 600, marginBottom: 4 }}>
              {c.label}{' '}
              <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
                ({c.maxPoints === null ? t('criterionNoPoints') : t('criterionMax', { max: c.maxPoints })})
              </Typography.Text>
            </legend>
            <div className="reviews-criterion">
              <Form.Item
                name={['criteria', c.code, 'score']}
                label={t('score')}
                rules={[
                  { required: c.maxPoints !== null, message: t('scoreRequired') },
                  {
                    validator: (_, v: number | null | undefined) =>
                      typeof v !== 'number' || hundredthsOf(v) !== null
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('scoreDecimals'))),
                  },
                ]}
              >
                <InputNumber min={0} max={c.maxPoints ?? 0} style={{ width: 110 }} data-testid={`self-score-${c.code}`} />
              </Form.Item>
              <Form.Item
                name={['criteria', c.code, 'evidence']}
                label={t('evidence')}
                rules={[{ required: true, whitespace: true, message: t('evidenceRequired') }]}
                className="reviews-evidence"
              >
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={2000} data-testid={`self-evidence-${c.code}`} />
              </Form.Item>
            </div>
          </fieldset>
        ))}
        {values.taskFromPeriods && fromPeriods !== null && (
          <Typography.Paragraph data-testid="self-task-periods-score">
            {t('taskFromPeriodsScore', { score: formatHundredths(Math.round(fromPeriods * 100), locale) })}
          </Typography.Paragraph>
        )}
        <Typography.Paragraph strong style={{ fontSize: 16 }} data-testid="self-total">
          {total === null ? t('totalNoPoints') : `${t('total')}: ${formatHundredths(total, locale)}`}
        </Typography.Paragraph>
        <Divider style={{ margin: '8px 0 12px' }} />
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontSize: 15, fontWeight: 600 }}>{t('tasks')}</legend>
          <Typography.Paragraph type="secondary">{t('tasksHelp')}</Typography.Paragraph>
          <Space wrap>
            {TASK_FIELDS.map((f) => (
              <Form.Item key={f} name={['tasks', f]} label={t(`task_${f}`)}>
                <InputNumber min={0} max={COUNT_MAX} precision={0} style={{ width: 120 }} data-testid={`self-task-${f}`} />
              </Form.Item>
            ))}
          </Space>
        </fieldset>
        <Space wrap>
          <Form.Item name="monthsWorked" label={t('monthsWorked')}>
            <InputNumber min={0} max={MONTHS_MAX} style={{ width: 120 }} data-testid="self-months-worked" />
          </Form.Item>
          <Form.Item name="leaveMonths" label={t('leaveMonths')}>
            <InputNumber min={0} max={MONTHS_MAX} style={{ width: 120 }} data-testid="self-leave-months" />
          </Form.Item>
        </Space>
        <Form.Item
          name="narrative"
          label={t('narrative')}
          rules={[{ required: true, whitespace: true, message: t('narrativeRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={20_000} data-testid="self-narrative" />
        </Form.Item>
        <Form.Item name="proposedLevel" label={t('proposedLevel')} rules={[{ required: true, message: t('levelRequired') }]}>
          <Radio.Group options={levelOptions} data-testid="self-level" />
        </Form.Item>
        {editable && (
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="self-review-save">
            {t('save')}
          </Button>
        )}
      </Form>
    </StepCard>
  );
}
