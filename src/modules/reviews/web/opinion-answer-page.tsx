import { Alert, Button, Form, Input, InputNumber, Radio, Typography } from 'antd';
import { useParams, useSearchParams } from 'react-router';
import { useApiMutation } from '../../../platform/web/api-hooks.js';
import { CenteredPage } from '../../../platform/web/centered-page.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useT } from '../../../platform/web/i18n.js';
import { usePageTitle } from '../../../platform/web/page-title.js';
import { useSession } from '../../auth/web/index.js';
import { LEVELS, type Level } from '../review-constants.js';
import { reviewsStepsEndpoints } from '../reviews-steps.contract.js';
import { useLevelOptions } from './review-labels.js';
import { opinionAnswerMessages } from './opinion-answer.messages.js';

interface Values {
  reviewId: number;
  code: string;
  level: Level;
  comment?: string;
}

/**
 * `/review-opinion/:reviewId?code=…` — a respondent's anonymous opinion, no sign-in: the code printed
 * for them, the level they suggest, an optional comment. Nothing links the answer to the respondent.
 */
export default function OpinionAnswerPage() {
  const t = useT(opinionAnswerMessages);
  usePageTitle(t('title'));
  const levelOptions = useLevelOptions(LEVELS, 'opinion-answer-level');
  const reviewId = Number(useParams().reviewId);
  const [params] = useSearchParams();
  const session = useSession();
  const send = useApiMutation(reviewsStepsEndpoints.submitReviewOpinion);
  const [form] = Form.useForm<Values>();

  const submit = async (v: Values) => {
    if (!session.data) await session.refetch();
    send.mutate({
      body: {
        reviewId: v.reviewId,
        code: v.code.trim(),
        level: v.level,
        ...(v.comment?.trim() ? { comment: v.comment.trim() } : {}),
      },
    });
  };

  return (
    <CenteredPage title={t('title')} width={520}>
      {send.isSuccess ? (
        <Alert type="success" showIcon title={t('recorded')} data-testid="opinion-recorded" />
      ) : (
        <>
          <Typography.Paragraph>{t('intro')}</Typography.Paragraph>
          <ErrorAlert error={send.error} />
          <Form<Values>
            form={form}
            name="review-opinion-answer"
            layout="vertical"
            initialValues={{
              ...(Number.isSafeInteger(reviewId) && reviewId > 0 ? { reviewId } : {}),
              code: params.get('code') ?? '',
            }}
            onFinish={(v) => void submit(v)}
          >
            <Form.Item name="reviewId" label={t('review')} rules={[{ required: true, message: t('reviewRequired') }]}>
              <InputNumber min={1} precision={0} style={{ width: 160 }} data-testid="opinion-answer-review" />
            </Form.Item>
            <Form.Item name="code" label={t('code')} rules={[{ required: true, whitespace: true, message: t('codeRequired') }]}>
              <Input maxLength={40} autoComplete="off" spellCheck={false} data-testid="opinion-answer-code" />
            </Form.Item>
            <Form.Item name="level" label={t('level')} rules={[{ required: true, message: t('levelRequired') }]}>
              <Radio.Group
                style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
                options={levelOptions}
                data-testid="opinion-answer-level"
              />
            </Form.Item>
            <Form.Item name="comment" label={t('comment')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="opinion-answer-comment" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={send.isPending} block data-testid="opinion-answer-submit">
              {t('submit')}
            </Button>
          </Form>
        </>
      )}
    </CenteredPage>
  );
}
