import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Modal, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../../platform/web/api-client.js';
import { useApiQuery } from '../../../platform/web/api-hooks.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useT } from '../../../platform/web/i18n.js';
import type { BallotMark } from '../vote-constants.js';
import { votesEndpoints } from '../votes.contract.js';
import { votesRemoteEndpoints, type RemoteKey } from '../votes-remote.contract.js';
import type { PublicBallot } from '../votes.schemas.js';
import { castRemoteBallot, obtainSignedToken, RemoteCallError, type SignedToken } from './blind-client-api.js';
import { PublicVoteFrame } from './public-vote-frame.js';
import { publicVoteMessages } from './public-vote.messages.js';
import { remoteVoteMessages } from './remote-vote.messages.js';
import { SubjectMarks } from './subject-marks.js';
import { VoteReceipt } from './vote-receipt.js';

interface BallotValues {
  invitation: string;
  marks: Record<string, BallotMark | undefined>;
}

const storageKey = (roundId: number) => `merit-remote-token-${roundId}`;

/** `/vote/:roundId/remote[?invite=…]`: a remote member's phone, no sign-in. */
export default function RemoteVotePage() {
  const t = useT(remoteVoteMessages);
  const tv = useT(publicVoteMessages);
  const roundId = Number(useParams().roundId);
  const valid = Number.isSafeInteger(roundId) && roundId > 0;
  const ballot = useApiQuery(votesEndpoints.getVoteBallot, { params: { id: roundId } }, { enabled: valid, staleTime: Infinity });
  const key = useApiQuery(votesRemoteEndpoints.getVoteRemoteKey, { params: { id: roundId } }, { enabled: valid, retry: false });
  const [receipt, setReceipt] = useState<string | null>(null);

  let body;
  if (!valid) body = <Alert type="error" showIcon role="alert" title={tv('badRound')} />;
  else if (ballot.isPending || key.isPending) body = <Spin tip={tv('loadingBallot')} size="large" fullscreen={false} />;
  else if (ballot.isError) body = <ErrorAlert error={ballot.error} />;
  else if (key.isError) body = <Alert type="warning" showIcon role="alert" title={t('notAllowed')} />;
  else if (receipt) body = <VoteReceipt roundId={roundId} receipt={receipt} />;
  else body = <RemoteBallotForm ballot={ballot.data} remoteKey={key.data} onCast={setReceipt} />;

  return (
    <PublicVoteFrame title={ballot.data ? ballot.data.title : t('title')}>
      {valid && (
        <Typography.Paragraph type="secondary">
          {t('title')} · {tv('roundNumber', { id: roundId })}
        </Typography.Paragraph>
      )}
      {body}
    </PublicVoteFrame>
  );
}

function RemoteBallotForm(props: { ballot: PublicBallot; remoteKey: RemoteKey; onCast: (receipt: string) => void }) {
  const { ballot, remoteKey, onCast } = props;
  const t = useT(remoteVoteMessages);
  const tv = useT(publicVoteMessages);
  const [form] = Form.useForm<BallotValues>();
  const [params, setParams] = useSearchParams();
  const [initialInvitation] = useState(() => params.get('invite') ?? '');
  const [confirming, setConfirming] = useState<BallotValues | null>(null);
  const [signed, setSigned] = useState<SignedToken | null>(() => {
    const kept = sessionStorage.getItem(storageKey(ballot.id));
    return kept ? (JSON.parse(kept) as SignedToken) : null;
  });
  const [step, setStep] = useState<'signing' | 'sending' | null>(null);

  // The invitation came in a link: keep it in the form, not in the address bar and the history.
  useEffect(() => {
    if (params.has('invite')) setParams({}, { replace: true });
  }, [params, setParams]);

  const cast = useMutation<{ receipt: string }, Error, BallotValues>({
    mutationFn: async (values) => {
      let token = signed;
      if (!token) {
        setStep('signing');
        token = await obtainSignedToken(ballot.id, remoteKey, values.invitation.trim());
        sessionStorage.setItem(storageKey(ballot.id), JSON.stringify(token));
        setSigned(token);
      }
      setStep('sending');
      const marks = Object.fromEntries(ballot.subjects.map((s) => [s.id, values.marks[s.id] ?? 'none']));
      return castRemoteBallot(ballot.id, token, marks);
    },
    onSuccess: (r) => {
      sessionStorage.removeItem(storageKey(ballot.id));
      onCast(r.receipt);
    },
    onError: (e) => {
      // Spent already (an earlier send arrived but its answer was lost): the kept token is useless.
      if (e instanceof RemoteCallError && e.code === 'REMOTE_TOKEN_SPENT') sessionStorage.removeItem(storageKey(ballot.id));
    },
    onSettled: () => {
      setStep(null);
      setConfirming(null);
    },
  });
  const failure = cast.error;
  const error =
    failure instanceof RemoteCallError
      ? new ApiError(failure.status, failure.code, failure.message, failure.details)
      : failure && new Error(t('cryptoError'));

  return (
    <Form<BallotValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={{ invitation: initialInvitation, marks: {} }}
      onFinish={setConfirming}
      scrollToFirstError={{ block: 'center' }}
    >
      <ErrorAlert error={error} />
      {signed ? (
        <Alert type="info" showIcon title={t('retry')} style={{ marginBottom: 16 }} />
      ) : (
        <Form.Item
          name="invitation"
          label={t('invitation')}
          extra={t('invitationHelp')}
          rules={[{ required: true, whitespace: true, message: t('invitationRequired') }]}
        >
          <Input size="large" autoComplete="off" autoCapitalize="characters" spellCheck={false} style={{ fontSize: 18 }} />
        </Form.Item>
      )}
      <Typography.Paragraph>{t('intro')}</Typography.Paragraph>
      {ballot.subjects.map((s, i) => (
        <SubjectMarks key={s.id} subject={s} index={i} />
      ))}
      <Button type="primary" htmlType="submit" size="large" block style={{ height: 52, fontSize: 18 }}>
        {tv('submit')}
      </Button>
      <Modal
        open={confirming !== null}
        title={tv('confirmTitle')}
        okText={tv('confirmOk')}
        cancelText={tv('confirmCancel')}
        okButtonProps={{ size: 'large', loading: cast.isPending }}
        cancelButtonProps={{ size: 'large', disabled: cast.isPending }}
        onOk={() => confirming && cast.mutate(confirming)}
        onCancel={() => setConfirming(null)}
        closable={!cast.isPending}
        centered
      >
        <Typography.Paragraph strong>{tv('confirmText')}</Typography.Paragraph>
        {step && <Typography.Paragraph role="status">{t(step)}</Typography.Paragraph>}
      </Modal>
    </Form>
  );
}
