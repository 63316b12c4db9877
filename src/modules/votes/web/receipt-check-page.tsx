import { Alert, Button, Form, Input, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useSession } from '../../auth/web/index.js';
import { useApiMutation } from '../../../platform/web/api-hooks.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useLocale, useT } from '../../../platform/web/i18n.js';
import { CONFIDENCE_LEVEL_LABELS, type ConfidenceLevel } from '../vote-constants.js';
import { votesEndpoints } from '../votes.contract.js';
import { PublicVoteFrame } from './public-vote-frame.js';
import { publicVoteMessages } from './public-vote.messages.js';

interface CheckValues {
  round: string;
  receipt: string;
}

/** `/vote/receipt[?round=…]`: anyone checks a receipt against the published ballot list, no sign-in. */
export default function ReceiptCheckPage() {
  const t = useT(publicVoteMessages);
  const { locale } = useLocale();
  const markLabel = (mark: string | undefined) =>
    mark && Object.hasOwn(CONFIDENCE_LEVEL_LABELS, mark)
      ? CONFIDENCE_LEVEL_LABELS[mark as ConfidenceLevel][locale]
      : locale === 'vi'
        ? 'Phiếu không hợp lệ với người này'
        : 'Invalid for this person';
  const [params] = useSearchParams();
  const [form] = Form.useForm<CheckValues>();
  const session = useSession();
  const check = useApiMutation(votesEndpoints.checkVoteReceipt);

  const onFinish = async (values: CheckValues) => {
    if (!session.data) await session.refetch();
    check.mutate({ body: { roundId: Number(values.round), receipt: values.receipt.trim() } });
  };

  const result = check.data;
  return (
    <PublicVoteFrame title={t('checkTitle')}>
      <Typography.Paragraph>{t('checkIntro')}</Typography.Paragraph>
      <Form<CheckValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ round: params.get('round') ?? '', receipt: '' }}
        onFinish={(v) => void onFinish(v)}
        onValuesChange={() => check.reset()}
      >
        <Form.Item
          name="round"
          label={t('round')}
          rules={[{ required: true, pattern: /^\s*\d{1,9}\s*$/, message: t('roundRequired') }]}
        >
          <Input size="large" inputMode="numeric" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="receipt"
          label={t('receipt')}
          rules={[{ required: true, whitespace: true, message: t('receiptRequired') }]}
        >
          <Input size="large" autoComplete="off" autoCapitalize="characters" spellCheck={false} style={{ fontSize: 18 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={check.isPending} style={{ height: 52 }}>
          {t('check')}
        </Button>
      </Form>
      <div aria-live="polite" style={{ marginTop: 16 }}>
        <ErrorAlert error={check.error} />
        {result && (
          <Alert
            type={result.found ? 'success' : 'warning'}
            showIcon
            data-testid="receipt-result"
            title={result.found ? t('found') : t('notFound')}
            description={
              <>
                {!result.found && <Typography.Paragraph>{t('notFoundHelp')}</Typography.Paragraph>}
                {result.entry && (
                  <ul data-testid="receipt-marks" style={{ paddingInlineStart: 18 }}>
                    {result.subjects.map((s) => (
                      <li key={s.id}>
                        {s.fullName}: <strong>{markLabel(result.entry?.marks[s.id])}</strong>
                      </li>
                    ))}
                  </ul>
                )}
                {result.entry && (
                  <Typography.Paragraph>
                    {t('entryHash')}: <span className="merit-vote-hash">{result.entry.entryHash}</span>
                  </Typography.Paragraph>
                )}
                <Typography.Paragraph style={{ marginBottom: 0 }}>
                  {t('head')}: <span className="merit-vote-hash">{result.head}</span>
                </Typography.Paragraph>
              </>
            }
          />
        )}
      </div>
    </PublicVoteFrame>
  );
}
