import { Form, Radio, Typography } from 'antd';
import { useLocale, useT } from '../../../platform/web/i18n.js';
import { CONFIDENCE_LEVELS, CONFIDENCE_LEVEL_LABELS } from '../vote-constants.js';
import type { PublicBallot } from '../votes.schemas.js';
import { publicVoteMessages } from './public-vote.messages.js';

type Subject = PublicBallot['subjects'][number];

/** One person on the ballot: name and post as the group's legend, three large choices, required. */
export function SubjectMarks({ subject, index }: { subject: Subject; index: number }) {
  const t = useT(publicVoteMessages);
  const { locale } = useLocale();
  const legendId = `vote-subject-${subject.id}`;
  return (
    <fieldset className="merit-vote-subject" data-testid="vote-subject">
      <legend id={legendId}>
        <Typography.Text strong style={{ fontSize: 17 }}>
          {index + 1}. {subject.fullName}
        </Typography.Text>
        <br />
        <Typography.Text type="secondary">{t('post', { post: subject.postTitle })}</Typography.Text>
      </legend>
      <Form.Item
        name={['marks', subject.id]}
        rules={[{ required: true, message: t('markRequired', { name: subject.fullName }) }]}
        style={{ marginBottom: 0 }}
      >
        <Radio.Group
          className="merit-vote-choices"
          aria-labelledby={legendId}
          options={CONFIDENCE_LEVELS.map((level) => ({ value: level, label: CONFIDENCE_LEVEL_LABELS[level][locale] }))}
        />
      </Form.Item>
    </fieldset>
  );
}
