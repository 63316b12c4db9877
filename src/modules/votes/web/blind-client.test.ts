// The browser's RFC 9474 port must produce exactly the RFC's Appendix A values: blinded_msg and inv from
// Blind with the vector's salt and r injected, sig from Finalize; and it must interoperate with the
// server's Node core (blind-rsa.rules.ts) on a fresh key.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { blindSign, publicKeyFromKeyObject, signingKeyFromPrivateKey, verify, RSABSSA_VARIANTS } from '../blind-rsa.rules.js';
import { RFC9474_KEY, RFC9474_VECTORS } from '../rfc9474-vectors-test-kit.js';
import { isRemoteTokenMessage, REMOTE_VARIANTS, type RemoteVariant } from '../votes-remote.contract.js';
import { intToBytes, modInverse } from './blind-client-pss.js';
import {
  blind,
  BlindClientError,
  CLIENT_VARIANTS,
  finalize,
  fromBase64Url,
  newPendingToken,
  prepare,
  publicKeyFromRemoteKey,
  toBase64Url,
} from './blind-client.js';

const hex = (s: string) => Uint8Array.from(Buffer.from(s, 'hex'));
const toHex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const int = (s: string) => BigInt(`0x${s}`);
const key = { n: int(RFC9474_KEY.n), e: int(RFC9474_KEY.e) };

/** Hands out the given chunks in order, checking each request's length. */
function sequence(...chunks: Uint8Array[]) {
  let i = 0;
  return (length: number) => {
    const chunk = chunks[i++];
    if (!chunk || chunk.length !== length) throw new Error(`unexpected random request #${i} of ${length} bytes`);
    return chunk;
  };
}

describe.each(RFC9474_VECTORS.map((v) => [v.name, v] as const))('browser port, RFC 9474 vector %s', (name, v) => {
  const variant = CLIENT_VARIANTS[name as RemoteVariant];
  const r = modInverse(int(v.inv), key.n);
  if (r === undefined) throw new Error('inv has no inverse');

  it('Prepare gives prepared_msg', () => {
    expect(toHex(prepare(hex(v.msg), variant, sequence(hex(v.msgPrefix))))).toBe(v.preparedMsg);
  });

  it('Blind gives blinded_msg and inv', async () => {
    const salt = variant.saltLength > 0 ? [hex(v.salt)] : [];
    const blinded = await blind(key, hex(v.preparedMsg), variant, sequence(...salt, intToBytes(r, 512)));
    expect(toHex(blinded.blindedMsg)).toBe(v.blindedMsg);
    expect(blinded.inv).toBe(int(v.inv));
  });

  it('Finalize gives sig, and refuses a tampered blind signature', async () => {
    expect(toHex(await finalize(key, hex(v.preparedMsg), hex(v.blindSig), int(v.inv), variant))).toBe(v.sig);
    const tampered = hex(v.blindSig);
    tampered[3] = (tampered[3] ?? 0) ^ 0x10;
    await expect(finalize(key, hex(v.preparedMsg), tampered, int(v.inv), variant)).rejects.toBeInstanceOf(BlindClientError);
  });
});

describe('browser port with the server core', () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signing = signingKeyFromPrivateKey(privateKey);
  const pub = publicKeyFromKeyObject(privateKey);
  const remoteKey = { n: toBase64Url(intToBytes(pub.n, 256)), e: toBase64Url(intToBytes(pub.e, 3)) };

  it.each(REMOTE_VARIANTS)('%s: a token blinded in the browser, signed by the server, verifies on the server', async (name) => {
    const clientKey = publicKeyFromRemoteKey(remoteKey);
    expect(clientKey).toEqual(pub);
    const pending = await newPendingToken(42, clientKey, CLIENT_VARIANTS[name]);
    const signed = blindSign(signing, pending.blinded.blindedMsg);
    if (!signed.ok) throw new Error(signed.reason);
    const sig = await finalize(clientKey, pending.token, signed.value, pending.blinded.inv, CLIENT_VARIANTS[name]);
    expect(verify(pub, pending.token, sig, RSABSSA_VARIANTS[name])).toBe(true);
    const message = new TextDecoder().decode(CLIENT_VARIANTS[name].randomized ? pending.token.slice(32) : pending.token);
    expect(isRemoteTokenMessage(42, message)).toBe(true);
    expect(isRemoteTokenMessage(43, message)).toBe(false);
  });

  it('encodes base64url both ways without padding, and refuses keys under 2048 bits', async () => {
    const bytes = Uint8Array.from({ length: 67 }, (_, i) => (i * 37) & 0xff);
    expect(toBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
    expect(fromBase64Url(Buffer.from(bytes).toString('base64url'))).toEqual(bytes);
    const small = { n: (1n << 1023n) + 1n, e: 65537n };
    await expect(blind(small, new Uint8Array(8), CLIENT_VARIANTS['RSABSSA-SHA384-PSS-Randomized'])).rejects.toThrow(
      'INVALID_KEY',
    );
  });
});
