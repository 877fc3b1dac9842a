import { SecretBox } from './secret-box';

const KEY = 'k'.repeat(48);

describe('webhook secrets at rest', () => {
  it('stores no plain text and opens what it sealed', () => {
    const box = new SecretBox(KEY);
    const sealed = box.seal('whsec_abc');
    expect(sealed.includes(Buffer.from('whsec_abc'))).toBe(false);
    expect(box.open(sealed)).toBe('whsec_abc');
  });

  it('seals the same secret differently each time (a fresh IV)', () => {
    const box = new SecretBox(KEY);
    expect(box.seal('whsec_abc').equals(box.seal('whsec_abc'))).toBe(false);
  });

  it('refuses a tampered ciphertext or another key', () => {
    const sealed = new SecretBox(KEY).seal('whsec_abc');
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] ^= 1;
    expect(() => new SecretBox(KEY).open(tampered)).toThrow();
    expect(() => new SecretBox('z'.repeat(48)).open(sealed)).toThrow();
  });
});
