import { Alert, Button, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../../platform/web/i18n.js';
import { publicVoteMessages } from './public-vote.messages.js';

/** After casting: the receipt, big, with what it is for and what showing it reveals (ADR 009). */
export function VoteReceipt({ roundId, receipt }: { roundId: number; receipt: string }) {
  const t = useT(publicVoteMessages);
  const navigate = useNavigate();
  return (
    <section aria-labelledby="vote-sent">
      <Alert
        type="success"
        showIcon
        role="status"
        title={<span id="vote-sent">{t('sentTitle')}</span>}
        style={{ marginBottom: 16 }}
      />
      <Typography.Paragraph strong style={{ marginBottom: 8 }}>
        {t('receiptLabel')}
      </Typography.Paragraph>
      <div className="merit-vote-code" data-testid="vote-receipt">
        {receipt}
      </div>
      <Typography.Paragraph copyable={{ text: receipt }} style={{ textAlign: 'center', marginTop: 8 }}>
        {t('receiptKeep')}
      </Typography.Paragraph>
      <Alert type="warning" showIcon title={t('receiptSecret')} style={{ marginBottom: 16 }} />
      <Button block size="large" onClick={() => void navigate(`/vote/receipt?round=${roundId}`)}>
        {t('checkLink')}
      </Button>
    </section>
  );
}
