import { createPrivateKey, createPublicKey, generateKeyPair, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import type { Db } from '../../../platform/server/db/database.js';
import {
  DEFAULT_RSABSSA_VARIANT,
  publicKeyFromKeyObject,
  RSABSSA_VARIANTS,
  signingKeyFromPrivateKey,
  type BlindSigningKey,
  type RsabssaVariant,
} from '../blind-rsa.rules.js';
import { intToBytes, modulusLength, type RsaPublicKey } from '../rsa-pss.rules.js';
import { RSABSSA_MIN_MODULUS_BITS } from '../vote-constants.js';
import type { RemoteKey, RemoteVariant } from '../votes-remote.contract.js';

/**
 * The round's signing key (one per round, ADR 011). RFC 9474 §5 asks for a modulus of at least 2048
 * bits; Merit uses exactly that, the fastest safe size to generate while a draft is edited.
 */
export const REMOTE_KEY_MODULUS_BITS = RSABSSA_MIN_MODULUS_BITS;
/** RFC 8017 / common practice: e = 65537. */
const PUBLIC_EXPONENT = 0x10001;

const generate = promisify(generateKeyPair);

/** Makes a fresh private key; tests pass their own maker (a fixed key) to the services. */
export type KeyMaker = () => Promise<KeyObject>;
export const generateRoundKey: KeyMaker = async () =>
  (await generate('rsa', { modulusLength: REMOTE_KEY_MODULUS_BITS, publicExponent: PUBLIC_EXPONENT })).privateKey;

export interface RoundKey {
  readonly variant: RsabssaVariant;
  readonly publicKey: RsaPublicKey;
  /** Null once the round is closed: the private key is destroyed then (`destroySigningKey`). */
  readonly signing: BlindSigningKey | null;
  readonly spki: string;
}

export async function insertRoundKey(db: Db, roundId: number, privateKey: KeyObject): Promise<void> {
  await db
    .insertInto('vote_round_keys')
    .values({
      round_id: roundId,
      variant: DEFAULT_RSABSSA_VARIANT.name,
      public_key_spki: createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).toString('base64'),
      // Not encrypted: the configuration has no server secret to wrap it with yet; destroyed at close (ADR 011).
      private_key_pkcs8: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    })
    .execute();
}

export async function findRoundKey(db: Db, roundId: number): Promise<RoundKey | undefined> {
  const row = await db.selectFrom('vote_round_keys').selectAll().where('round_id', '=', roundId).executeTakeFirst();
  if (!row) return undefined;
  const der = row.private_key_pkcs8;
  const signing = der
    ? signingKeyFromPrivateKey(createPrivateKey({ key: Buffer.from(der, 'base64'), format: 'der', type: 'pkcs8' }))
    : null;
  const publicKey = createPublicKey({ key: Buffer.from(row.public_key_spki, 'base64'), format: 'der', type: 'spki' });
  return {
    variant: RSABSSA_VARIANTS[row.variant as RemoteVariant],
    publicKey: publicKeyFromKeyObject(publicKey),
    signing,
    spki: row.public_key_spki,
  };
}

/**
 * At close (ADR 011): the private key is destroyed, so no token can be signed for the round afterwards
 * even by someone holding the database; ballots are still checked with the public key. True when there
 * was one to destroy.
 */
export async function destroySigningKey(db: Db, roundId: number): Promise<boolean> {
  const res = await db
    .updateTable('vote_round_keys')
    .set({ private_key_pkcs8: null })
    .where('round_id', '=', roundId)
    .where('private_key_pkcs8', 'is not', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** The public half only, for checking ballots: the casting path never loads the private key. */
export async function findRoundPublicKey(
  db: Db,
  roundId: number,
): Promise<{ variant: RsabssaVariant; publicKey: RsaPublicKey } | undefined> {
  const row = await db
    .selectFrom('vote_round_keys')
    .select(['variant', 'public_key_spki'])
    .where('round_id', '=', roundId)
    .executeTakeFirst();
  if (!row) return undefined;
  const key = createPublicKey({ key: Buffer.from(row.public_key_spki, 'base64'), format: 'der', type: 'spki' });
  return { variant: RSABSSA_VARIANTS[row.variant as RemoteVariant], publicKey: publicKeyFromKeyObject(key) };
}

/** What the voter's browser needs: n and e in base64url (big-endian, as in a JWK), and the variant. */
export function publicKeyOf(roundId: number, key: RoundKey): RemoteKey {
  const { n, e } = key.publicKey;
  const b64u = (x: bigint, length: number) => Buffer.from(intToBytes(x, length)).toString('base64url');
  return {
    roundId,
    variant: key.variant.name,
    n: b64u(n, modulusLength(key.publicKey)),
    e: b64u(e, Math.ceil(e.toString(16).length / 2)),
    spki: key.spki,
  };
}
