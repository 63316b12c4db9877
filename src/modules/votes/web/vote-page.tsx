import { Alert, Button, Form, Input, Modal, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useSession } from '../../auth/web/index.js';
import { ApiError } from '../../../platform/web/api-client.js';
import { useApiMutation, useApiQuery } from '../../../platform/web/api-hooks.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useT } from '../../../platform/web/i18n.js';
import { votesEndpoints } from '../votes.contract.js';
import type { BallotMark } from '../vote-constants.js';
import type { PublicBallot } from '../votes.schemas.js';
import { PublicVoteFrame } from './public-vote-frame.js';
import { publicVoteMessages } from './public-vote.messages.js';
import { SubjectMarks } from './subject-marks.js';
import { VoteReceipt } from './vote-receipt.js';

interface BallotValues {
  code: string;
  marks: Record<string, BallotMark | undefined>;
}

/** `/vote/:roundId[?code=…]`: a voter's phone, no sign-in. Code, one mark per person, confirm, receipt. */
export default function VotePage() {
  const t = useT(publicVoteMessages);
  const roundId = Number(useParams().roundId);
  const valid = Number.isSafeInteger(roundId) && roundId > 0;
  const ballot = useApiQuery(votesEndpoints.getVoteBallot, { params: { id: roundId } }, { enabled: valid, staleTime: Infinity });
  const [receipt, setReceipt] = useState<string | null>(null);

  let body;
  if (!valid) body = <Alert type="error" showIcon role="alert" title={t('badRound')} />;
  else if (ballot.isPending) body = <Spin tip={t('loadingBallot')} size="large" fullscreen={false} />;
  else if (ballot.isError) body = <ErrorAlert error={ballot.error} />;
  else if (receipt) body = <VoteReceipt roundId={roundId} receipt={receipt} />;
  else body = <BallotForm ballot={ballot.data} onCast={setReceipt} />;

  return (
    <PublicVoteFrame title={ballot.data ? ballot.data.title : t('ballotTitle')}>
      {valid && <Typography.Paragraph type="secondary">{t('roundNumber', { id: roundId })}</Typography.Paragraph>}
      {body}
    </PublicVoteFrame>
  );
}

function BallotForm({ ballot, onCast }: { ballot: PublicBallot; onCast: (receipt: string) => void }) {
  const t = useT(publicVoteMessages);
  const [form] = Form.useForm<BallotValues>();
  const [params, setParams] = useSearchParams();
  const [initialCode] = useState(() => params.get('code') ?? '');
  // The session answer carries the anonymous CSRF token that the cast must send back.
  const session = useSession();
  const cast = useApiMutation(votesEndpoints.castVoteBallot);
  const [confirming, setConfirming] = useState<BallotValues | null>(null);
  // After a first try, say how many people are still unmarked (kept current as the voter marks them).
  const [tried, setTried] = useState(false);
  const marks = Form.useWatch('marks', form) as BallotValues['marks'] | undefined;
  const missing = tried ? ballot.subjects.filter((s) => !marks?.[s.id]).length : 0;
  const errorRef = useRef<HTMLDivElement>(null);

  // The code came from the QR: keep it in the form, not in the address bar and the history.
  useEffect(() => {
    if (params.has('code')) setParams({}, { replace: true });
  }, [params, setParams]);
  useEffect(() => {
    if (cast.error) errorRef.current?.scrollIntoView({ block: 'center' });
  }, [cast.error]);

  const send = async (values: BallotValues) => {
    if (!session.data) await session.refetch();
    const marks = Object.fromEntries(ballot.subjects.map((s) => [s.id, values.marks[s.id] ?? 'none']));
    cast.mutate(
      { params: { id: ballot.id }, body: { code: values.code.trim(), marks } },
      {
        onSuccess: (r) => onCast(r.receipt),
        onError: (e) => {
          if (e instanceof ApiError && e.code.startsWith('BALLOT_CODE')) form.setFields([{ name: 'code', errors: [e.message] }]);
        },
        onSettled: () => setConfirming(null),
      },
    );
  };

  return (
    <Form<BallotValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={{ code: initialCode, marks: {} }}
      onFinish={setConfirming}
      onFinishFailed={() => setTried(true)}
      scrollToFirstError={{ block: 'center' }}
    >
      <div ref={errorRef}>
        <ErrorAlert error={cast.error} />
      </div>
      <Form.Item
        name="code"
        label={t('code')}
        extra={t('codeHelp')}
        rules={[{ required: true, whitespace: true, message: t('codeRequired') }]}
      >
        <Input size="large" autoComplete="off" autoCapitalize="characters" spellCheck={false} style={{ fontSize: 18 }} />
      </Form.Item>
      <Typography.Paragraph>{t('intro')}</Typography.Paragraph>
      {ballot.subjects.map((s, i) => (
        <SubjectMarks key={s.id} subject={s} index={i} />
      ))}
      {missing > 0 && (
        <Alert type="error" showIcon role="alert" title={t('missingMarks', { count: missing })} style={{ marginBottom: 16 }} />
      )}
      <Button type="primary" htmlType="submit" size="large" block style={{ height: 52, fontSize: 18 }}>
        {t('submit')}
      </Button>
      <Modal
        open={confirming !== null}
        title={t('confirmTitle')}
        okText={t('confirmOk')}
        cancelText={t('confirmCancel')}
        okButtonProps={{ size: 'large', loading: cast.isPending }}
        cancelButtonProps={{ size: 'large', disabled: cast.isPending }}
        onOk={() => confirming && void send(confirming)}
        onCancel={() => setConfirming(null)}
        closable={!cast.isPending}
        centered
      >
        <Typography.Paragraph strong>{t('confirmText')}</Typography.Paragraph>
      </Modal>
    </Form>
  );
}
