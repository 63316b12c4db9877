import {
  constants,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  verify as nodeVerify,
  type KeyObject,
} from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RandomBytes } from './ballot-code.rules.js';
import {
  applicationMessage,
  blind,
  blindSign,
  finalize,
  prepare,
  publicKeyFromKeyObject,
  RSABSSA_VARIANTS,
  signingKeyFromPrivateKey,
  tokenId,
  verify,
  type BlindRsaResult,
  type RsabssaVariantName,
} from './blind-rsa.rules.js';
import { RFC9474_KEY, RFC9474_VECTORS } from './rfc9474-vectors-test-kit.js';
import { bitLength, emsaPssEncode, intToBytes, modInverse, modPow } from './rsa-pss.rules.js';

const hex = (s: string) => Uint8Array.from(Buffer.from(s, 'hex'));
const toHex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const int = (s: string) => BigInt(`0x${s}`);
const b64u = (x: bigint) => Buffer.from(intToBytes(x, Math.ceil(bitLength(x) / 8))).toString('base64url');

function unwrap<T>(result: BlindRsaResult<T>): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.reason}`);
  return result.value;
}

/** Hands out the given chunks in order, checking each request is for the expected length. */
function sequence(...chunks: Uint8Array[]): RandomBytes {
  let i = 0;
  return (length) => {
    const chunk = chunks[i++];
    if (!chunk || chunk.length !== length) throw new Error(`unexpected random request #${i} of ${length} bytes`);
    return chunk;
  };
}

/** The RFC 9474 Appendix A key as a node:crypto private key (CRT parameters computed from p, q, d). */
function vectorKey(): KeyObject {
  const [p, q, d] = [int(RFC9474_KEY.p), int(RFC9474_KEY.q), int(RFC9474_KEY.d)];
  const qi = modInverse(q, p);
  if (qi === undefined) throw new Error('q has no inverse mod p');
  const jwk = {
    kty: 'RSA',
    n: b64u(int(RFC9474_KEY.n)),
    e: b64u(int(RFC9474_KEY.e)),
    d: b64u(d),
    p: b64u(p),
    q: b64u(q),
    dp: b64u(d % (p - 1n)),
    dq: b64u(d % (q - 1n)),
    qi: b64u(qi),
  };
  return createPrivateKey({ key: jwk, format: 'jwk' });
}

const signingKey = signingKeyFromPrivateKey(vectorKey());
const pk = signingKey.publicKey;
const publicKeyObject = createPublicKey(signingKey.privateKey);

/** An independent check: OpenSSL's RSASSA-PSS verifier. */
const opensslVerifies = (key: KeyObject, msg: Uint8Array, sig: Uint8Array, saltLength: number) =>
  nodeVerify('sha384', msg, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength }, sig);

describe('the RFC 9474 Appendix A key', () => {
  it('is consistent: n = p·q, and node:crypto gives back the same n and e', () => {
    expect(int(RFC9474_KEY.p) * int(RFC9474_KEY.q)).toBe(int(RFC9474_KEY.n));
    expect(pk).toEqual({ n: int(RFC9474_KEY.n), e: 65537n });
    expect(bitLength(pk.n)).toBe(4096);
  });
});

describe.each(RFC9474_VECTORS.map((v) => [v.name, v] as const))('RFC 9474 test vector %s', (name, v) => {
  const variant = RSABSSA_VARIANTS[name as RsabssaVariantName];
  const r = modInverse(int(v.inv), pk.n);
  if (r === undefined) throw new Error('inv has no inverse');

  it('Prepare gives prepared_msg (msg_prefix ‖ msg, or msg)', () => {
    const prepared = prepare(hex(v.msg), variant, sequence(hex(v.msgPrefix)));
    expect(toHex(prepared)).toBe(v.preparedMsg);
    expect(toHex(applicationMessage(prepared, variant))).toBe(v.msg);
  });

  it('EMSA-PSS-ENCODE gives encoded_msg (for A.1, which lists none: sig^e mod n)', () => {
    const encoded = toHex(emsaPssEncode(hex(v.preparedMsg), bitLength(pk.n) - 1, hex(v.salt)));
    expect(encoded).toBe(toHex(intToBytes(modPow(int(v.sig), pk.e, pk.n), 512)));
    if (v.encodedMsg !== undefined) expect(encoded).toBe(v.encodedMsg);
  });

  it('Blind gives blinded_msg and inv', () => {
    const salt = variant.saltLength > 0 ? [hex(v.salt)] : [];
    const blinded = unwrap(blind(pk, hex(v.preparedMsg), variant, sequence(...salt, intToBytes(r, 512))));
    expect(toHex(blinded.blindedMsg)).toBe(v.blindedMsg);
    expect(blinded.inv).toBe(int(v.inv));
  });

  it('BlindSign gives blind_sig', () => {
    expect(toHex(unwrap(blindSign(signingKey, hex(v.blindedMsg))))).toBe(v.blindSig);
  });

  it('Finalize gives sig', () => {
    expect(toHex(unwrap(finalize(pk, hex(v.preparedMsg), hex(v.blindSig), int(v.inv), variant)))).toBe(v.sig);
  });

  it('Verify accepts sig, and so does OpenSSL’s RSASSA-PSS', () => {
    expect(verify(pk, hex(v.preparedMsg), hex(v.sig), variant)).toBe(true);
    expect(opensslVerifies(publicKeyObject, hex(v.preparedMsg), hex(v.sig), variant.saltLength)).toBe(true);
  });
});

describe('refusals and forgeries', () => {
  const [v] = RFC9474_VECTORS;
  if (!v) throw new Error('no vectors');
  const variant = RSABSSA_VARIANTS['RSABSSA-SHA384-PSS-Randomized'];
  const prepared = hex(v.preparedMsg);
  const sig = hex(v.sig);

  it('a forged signature (one bit flipped, or random bytes) is refused', () => {
    const flipped = Uint8Array.from(sig);
    flipped[100] = (flipped[100] ?? 0) ^ 0x01;
    expect(verify(pk, prepared, flipped, variant)).toBe(false);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 512, maxLength: 512 }), (bytes) => {
        expect(verify(pk, prepared, bytes, variant)).toBe(false);
      }),
      { numRuns: 25 },
    );
  });

  it('a signature over another message is refused', () => {
    const other = Uint8Array.from(prepared);
    other[other.length - 1] = (other[other.length - 1] ?? 0) ^ 0xff;
    expect(verify(pk, other, sig, variant)).toBe(false);
    // Same message, another random prefix: a different prepared message, so the signature does not carry over.
    const reprefixed = prepare(hex(v.msg), variant, sequence(new Uint8Array(32)));
    expect(verify(pk, reprefixed, sig, variant)).toBe(false);
  });

  it('a signature is bound to its variant and its key', () => {
    expect(verify(pk, prepared, sig, RSABSSA_VARIANTS['RSABSSA-SHA384-PSSZERO-Randomized'])).toBe(false);
    const other = publicKeyFromKeyObject(generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey);
    expect(verify(other, prepared, sig.slice(0, 256), variant)).toBe(false);
  });

  it('a tampered blind signature fails Finalize', () => {
    const tampered = hex(v.blindSig);
    tampered[10] = (tampered[10] ?? 0) ^ 0x80;
    expect(finalize(pk, prepared, tampered, int(v.inv), variant)).toMatchObject({ ok: false, code: 'INVALID_SIGNATURE' });
    expect(finalize(pk, prepared, tampered.slice(1), int(v.inv), variant)).toMatchObject({
      ok: false,
      code: 'UNEXPECTED_INPUT_SIZE',
    });
  });

  it('BlindSign refuses wrong sizes and out-of-range input', () => {
    expect(blindSign(signingKey, new Uint8Array(511))).toMatchObject({ ok: false, code: 'UNEXPECTED_INPUT_SIZE' });
    expect(blindSign(signingKey, intToBytes(pk.n, 512))).toMatchObject({
      ok: false,
      code: 'MESSAGE_REPRESENTATIVE_OUT_OF_RANGE',
    });
  });

  it('keys below 2048 bits are refused', () => {
    const small = publicKeyFromKeyObject(generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey);
    expect(blind(small, prepared, variant)).toMatchObject({ ok: false, code: 'INVALID_KEY' });
    expect(verify(small, prepared, new Uint8Array(128), variant)).toBe(false);
  });

  it('a reused token has the same tokenId (the caller’s spent-token set refuses it); distinct tokens differ', () => {
    expect(tokenId(prepared, variant)).toBe(tokenId(Uint8Array.from(prepared), variant));
    // The same application message under another prefix is the same token.
    const reprefixed = prepare(hex(v.msg), variant, sequence(new Uint8Array(32)));
    expect(tokenId(reprefixed, variant)).toBe(tokenId(prepared, variant));
    const another = prepare(hex('00'.repeat(48)), variant);
    expect(tokenId(another, variant)).not.toBe(tokenId(prepared, variant));
    expect(tokenId(prepared, variant)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('a whole round trip with a fresh 2048-bit key and real randomness', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = signingKeyFromPrivateKey(privateKey);
  it.each(Object.keys(RSABSSA_VARIANTS) as RsabssaVariantName[])('%s', (name) => {
    const variant = RSABSSA_VARIANTS[name];
    const token = prepare(Uint8Array.from(Buffer.from('merit vote token 2026')), variant);
    const { blindedMsg, inv } = unwrap(blind(key.publicKey, token, variant));
    const sig = unwrap(finalize(key.publicKey, token, unwrap(blindSign(key, blindedMsg)), inv, variant));
    expect(verify(key.publicKey, token, sig, variant)).toBe(true);
    expect(opensslVerifies(publicKey, token, sig, variant.saltLength)).toBe(true);
    // The server saw only blindedMsg: it is neither the token nor its signature.
    expect(toHex(blindedMsg)).not.toContain(toHex(token));
    expect(toHex(blindedMsg)).not.toBe(toHex(sig));
  });
});

describe('bigint helpers', () => {
  it('modInverse and modPow agree with Fermat for a prime modulus', () => {
    const p = 2n ** 127n - 1n;
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: p - 1n }), (x) => {
        expect(modInverse(x, p)).toBe(modPow(x, p - 2n, p));
      }),
      { numRuns: 50 },
    );
    expect(modInverse(6n, 9n)).toBeUndefined();
  });
});
