import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newEd25519Pair as deskPair } from '../../../electron/core/auth/ed25519-pair.js';
import { newEd25519Pair as serverPair } from '../../../server/auth/ed25519-pair.js';

describe.each([
  ['desk', deskPair],
  ['server', serverPair],
])('Ed25519 pair from a random seed (%s)', (_side, newPair) => {
  it('gives a key whose JWK parts are x and d, and which signs what x verifies', () => {
    const { privateKey, x, d } = newPair();
    expect(privateKey.asymmetricKeyType).toBe('ed25519');
    expect(privateKey.export({ format: 'jwk' })).toMatchObject({ kty: 'OKP', crv: 'Ed25519', x, d });
    const again = createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', x, d }, format: 'jwk' });
    const text = Buffer.from('perintah');
    const signature = sign(null, text, again);
    expect(verify(null, text, createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' }), signature)).toBe(true);
  });

  it('never repeats a key', () => {
    const xs = new Set(Array.from({ length: 200 }, () => newPair().x));
    expect(xs.size).toBe(200);
  });
});
