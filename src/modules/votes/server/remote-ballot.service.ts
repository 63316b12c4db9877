import { CommonErrors } from '../../../shared/app-error.js';
import type { z } from 'zod';
import type { Db } from '../../../platform/server/db/database.js';
import { applicationMessage, tokenId, verify } from '../blind-rsa.rules.js';
import { VotesErrors } from '../votes.errors.js';
import { isRemoteTokenMessage, type RemoteBallotInputSchema } from '../votes-remote.contract.js';
import { checkBallotMarks, storeBallot } from './ballot.service.js';
import { findRoundPublicKey } from './remote-key.js';
import { isRemoteAllowed } from './remote-tokens.queries.js';
import { findRoundRow } from './round.queries.js';

/**
 * Casts a remote ballot with a blind-signed token, with no session, cookie, invitation or address
 * involved (ADR 011). In one transaction: the round open (held for share, like a room-code cast), the
 * token naming this round and carrying a valid RSASSA-PSS signature under the round's key (RFC 9474
 * §4.5), the marks exactly the round's subjects, the token's digest added to the spent set (a second use
 * conflicts), the ballot stored like any other. Any refusal rolls back; nothing is audited (ADR 010).
 */
export async function castRemoteBallot(
  db: Db,
  roundId: number,
  input: z.output<typeof RemoteBallotInputSchema>,
): Promise<{ roundId: number; receipt: string }> {
  const token = new Uint8Array(Buffer.from(input.token, 'base64url'));
  const signature = new Uint8Array(Buffer.from(input.signature, 'base64url'));
  return db.transaction().execute(async (trx) => {
    const round = await findRoundRow(trx, roundId, 'share');
    if (!round) throw CommonErrors.NOT_FOUND();
    if (round.status !== 'open') throw VotesErrors.ROUND_NOT_OPEN();
    const key = (await isRemoteAllowed(trx, round.id)) ? await findRoundPublicKey(trx, round.id) : undefined;
    if (!key) throw VotesErrors.REMOTE_NOT_ALLOWED();
    const message = Buffer.from(applicationMessage(token, key.variant)).toString('utf8');
    if (!isRemoteTokenMessage(round.id, message)) {
      throw VotesErrors.REMOTE_TOKEN_INVALID([
        { field: 'token', message: 'Thẻ không thuộc đợt này / not a token of this round' },
      ]);
    }
    if (!verify(key.publicKey, token, signature, key.variant)) {
      throw VotesErrors.REMOTE_TOKEN_INVALID([
        { field: 'signature', message: 'Chữ ký không khớp với thẻ và khoá của đợt / does not verify (RFC 9474 §4.5)' },
      ]);
    }
    const marks = await checkBallotMarks(trx, round.id, input.marks);
    const spent = await trx
      .insertInto('vote_spent_tokens')
      .values({ token_digest: tokenId(token, key.variant), round_id: round.id })
      .onConflict((oc) => oc.column('token_digest').doNothing())
      .returning('token_digest')
      .executeTakeFirst();
    if (!spent) throw VotesErrors.REMOTE_TOKEN_SPENT();
    return { roundId: round.id, receipt: await storeBallot(trx, round.id, marks) };
  });
}
