import { describe, it, expect } from 'vitest';
import { sha256 } from '../../src/node/loadDocuments.js';

describe('sha256', () => {
  it('gives the FIPS 180-2 test vector for "abc"', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes a string as its UTF-8 bytes', () => {
    expect(sha256('国家安全')).toBe(sha256(new TextEncoder().encode('国家安全')));
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
