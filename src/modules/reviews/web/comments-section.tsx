import { App, Button, DatePicker, Form, Input, InputNumber, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../../platform/web/i18n.js';
import { LEVELS, type Level } from '../review-constants.js';
import { reviewsStepsEndpoints, type ReviewDetail } from '../reviews-steps.contract.js';
import { DATE_FORMAT } from './cycle-open-modal.js';
import { reviewPageMessages } from './review-page.messages.js';
import { buildCommentsBody } from './review-view.js';
import { useReviewsWrite } from './reviews.api.js';
import { StepCard, StepClosedNotice, StepErrors, useStepErrors } from './step-card.js';

interface Values {
  meetingDate: Dayjs;
  attendees: number;
  minutes?: string;
  agreeCounts?: Partial<Record<Level, number | null>>;
}

/** Bound of a count (review-steps.schemas.ts). */
const COUNT_MAX = 100_000;

function initial(stored: Record<string, unknown> | null): Partial<Values> {
  if (!stored) return {};
  return {
    ...(typeof stored.meetingDate === 'string' ? { meetingDate: dayjs(stored.meetingDate) } : {}),
    ...(typeof stored.attendees === 'number' ? { attendees: stored.attendees } : {}),
    minutes: typeof stored.minutes === 'string' ? stored.minutes : '',
    agreeCounts: (stored.agreeCounts as Values['agreeCounts']) ?? {},
  };
}

/** Collective comments: the meeting's date, attendees, minutes, and how many agreed with each level. */
export function CommentsSection({ review, onReload }: { review: ReviewDetail; onReload: () => void }) {
  const t = useT(reviewPageMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useReviewsWrite(reviewsStepsEndpoints.saveReviewComments);
  const errs = useStepErrors(form);
  const editable = review.can.comments;

  const submit = async (v: Values) => {
    errs.clear();
    try {
      const body = buildCommentsBody({ ...v, meetingDate: v.meetingDate.format('YYYY-MM-DD') }, review.summary.version);
      await save.mutateAsync({ params: { id: review.summary.id }, body });
      void message.success(t('saved'));
    } catch (e) {
      errs.onError(e);
    }
  };

  if (!editable && !review.comments)
    return (
      <StepCard step="comments" title={t('commentsTitle')} due={review.cycle.commentsDue}>
        <StepClosedNotice review={review} step="comments" />
        <Typography.Text type="secondary">{t('notYet')}</Typography.Text>
      </StepCard>
    );

  return (
    <StepCard step="comments" title={t('commentsTitle')} due={review.cycle.commentsDue}>
      <StepClosedNotice review={review} step="comments" />
      <StepErrors error={errs.error} conflict={errs.conflict} onReload={() => (errs.clear(), onReload())} testId="comments" />
      <Form<Values>
        form={form}
        name="review-comments"
        layout="vertical"
        disabled={!editable}
        initialValues={initial(review.comments)}
        onFinish={(v) => void submit(v)}
      >
        <Space wrap>
          <Form.Item name="meetingDate" label={t('meetingDate')} rules={[{ required: true, message: t('meetingDateRequired') }]}>
            <DatePicker format={DATE_FORMAT} data-testid="comments-meeting-date" />
          </Form.Item>
          <Form.Item name="attendees" label={t('attendees')} rules={[{ required: true, message: t('attendeesRequired') }]}>
            <InputNumber min={0} max={COUNT_MAX} precision={0} style={{ width: 120 }} data-testid="comments-attendees" />
          </Form.Item>
        </Space>
        <Form.Item
          name="minutes"
          label={t('minutes')}
          rules={[{ required: true, whitespace: true, message: t('minutesRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={20_000} data-testid="comments-minutes" />
        </Form.Item>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontSize: 15, fontWeight: 600 }}>{t('agreeCounts')}</legend>
          <Space wrap>
            {LEVELS.map((l) => (
              <Form.Item key={l} name={['agreeCounts', l]} label={t('agreeOf', { level: l })}>
                <InputNumber min={0} max={COUNT_MAX} precision={0} style={{ width: 110 }} data-testid={`comments-agree-${l}`} />
              </Form.Item>
            ))}
          </Space>
        </fieldset>
        {editable && (
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="comments-save">
            {t('save')}
          </Button>
        )}
      </Form>
    </StepCard>
  );
}
