import { App, Button, DatePicker, Form, Input, List, Radio, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { formatDate } from '../../../platform/web/format.js';
import { useT } from '../../../platform/web/i18n.js';
import { reviewsPublicationEndpoints, type Petition } from '../reviews-publication.contract.js';
import type { ReviewDetail } from '../reviews-steps.contract.js';
import { DATE_FORMAT } from './cycle-open-modal.js';
import { reviewPageMessages } from './review-page.messages.js';
import { usePetitions, useReviewsWrite } from './reviews.api.js';
import { StepCard, useStepErrors } from './step-card.js';

/** Publication state of the rating within the unit. */
export function PublicationSection({ review }: { review: ReviewDetail }) {
  const t = useT(reviewPageMessages);
  const published = review.summary.status === 'published';
  return (
    <StepCard step="publication" title={t('publicationTitle')}>
      <Typography.Text data-testid="publication-state" type={published ? undefined : 'secondary'}>
        {published ? t('published') : t('notPublished')}
      </Typography.Text>
    </StepCard>
  );
}

const PETITION_COLOR = { open: 'processing', upheld: 'success', rejected: 'default' } as const;

/** Petitions about a published rating: recorded by the organizer, answered (finally) by the decider. */
export function PetitionsSection({ review }: { review: ReviewDetail }) {
  const t = useT(reviewPageMessages);
  const petitions = usePetitions(review.summary.id, true);
  const items = petitions.data?.items ?? [];
  const canFile = review.can.manage && review.summary.status === 'published' && items.length === 0;
  return (
    <StepCard step="petition" title={t('petitionsTitle')}>
      <ErrorAlert error={petitions.isError ? petitions.error : null} />
      <List<Petition>
        dataSource={items}
        // antd's empty text is the disabled grey (under 4.5:1 on white): the secondary text colour reads.
        locale={{ emptyText: <Typography.Text type="secondary">{t('petitionsEmpty')}</Typography.Text> }}
        renderItem={(p) => (
          <List.Item data-testid={`petition-${p.id}`}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Space wrap>
                <Tag color={PETITION_COLOR[p.status]}>{t(`petition_${p.status}`)}</Tag>
                <span>{formatDate(p.filedOn)}</span>
                <span>{t('answerDue', { date: formatDate(p.answerDue) })}</span>
                {p.answeredLate && <Tag color="warning">{t('answeredLate')}</Tag>}
              </Space>
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{p.content}</Typography.Paragraph>
              {p.answer && (
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                  <strong>{formatDate(p.answeredOn)}:</strong> {p.answer}
                </Typography.Paragraph>
              )}
              {p.status === 'open' && review.can.decide && <AnswerForm petition={p} />}
            </Space>
          </List.Item>
        )}
      />
      {canFile && <FileForm reviewId={review.summary.id} />}
    </StepCard>
  );
}

function FileForm({ reviewId }: { reviewId: number }) {
  const t = useT(reviewPageMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ filedOn: Dayjs; content: string }>();
  const file = useReviewsWrite(reviewsPublicationEndpoints.fileReviewPetition);
  const errs = useStepErrors(form);
  return (
    <Form
      form={form}
      name="review-petition"
      layout="vertical"
      onFinish={(v) =>
        void file
          .mutateAsync({ params: { id: reviewId }, body: { filedOn: v.filedOn.format('YYYY-MM-DD'), content: v.content.trim() } })
          .then(() => void message.success(t('saved')))
          .catch(errs.onError)
      }
    >
      <ErrorAlert error={errs.error} />
      <Form.Item name="filedOn" label={t('filedOn')} rules={[{ required: true, message: t('filedOnRequired') }]}>
        <DatePicker format={DATE_FORMAT} data-testid="petition-filed-on" />
      </Form.Item>
      <Form.Item
        name="content"
        label={t('content')}
        rules={[{ required: true, whitespace: true, message: t('contentRequired') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={10_000} data-testid="petition-content" />
      </Form.Item>
      <Button htmlType="submit" type="primary" loading={file.isPending} data-testid="petition-file">
        {t('file')}
      </Button>
    </Form>
  );
}

function AnswerForm({ petition }: { petition: Petition }) {
  const t = useT(reviewPageMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ outcome: 'upheld' | 'rejected'; answer: string; answeredOn: Dayjs }>();
  const answer = useReviewsWrite(reviewsPublicationEndpoints.answerReviewPetition);
  const errs = useStepErrors(form);
  return (
    <Form
      form={form}
      name={`review-petition-answer-${petition.id}`}
      layout="vertical"
      initialValues={{ outcome: 'rejected' }}
      onFinish={(v) =>
        void answer
          .mutateAsync({
            params: { id: petition.id },
            body: { outcome: v.outcome, answer: v.answer.trim(), answeredOn: v.answeredOn.format('YYYY-MM-DD') },
          })
          .then(() => void message.success(t('saved')))
          .catch(errs.onError)
      }
    >
      <ErrorAlert error={errs.error} />
      <Form.Item name="outcome" label={t('outcome')}>
        <Radio.Group
          options={(['upheld', 'rejected'] as const).map((o) => ({ value: o, label: t(`petition_${o}`) }))}
          data-testid="petition-outcome"
        />
      </Form.Item>
      <Form.Item name="answer" label={t('answer')} rules={[{ required: true, whitespace: true, message: t('answerRequired') }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={10_000} data-testid="petition-answer" />
      </Form.Item>
      <Form.Item name="answeredOn" label={t('answeredOn')} rules={[{ required: true, message: t('filedOnRequired') }]}>
        <DatePicker format={DATE_FORMAT} data-testid="petition-answered-on" />
      </Form.Item>
      <Button htmlType="submit" loading={answer.isPending} data-testid="petition-answer-submit">
        {t('answerSubmit')}
      </Button>
    </Form>
  );
}
