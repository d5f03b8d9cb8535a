import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it, expect } from 'vitest';
import { VERSION, WINK_VERSIONS } from '../src/version.js';
import { provenance } from '../src/provenance.js';

const versionOf = (packageJson: string): string =>
  (JSON.parse(readFileSync(resolve(__dirname, '..', packageJson), 'utf8')) as { version: string }).version;

describe('VERSION', () => {
  it("equals package.json's version", () => {
    expect(VERSION).toBe(versionOf('package.json'));
  });
});

describe('WINK_VERSIONS', () => {
  it('name the installed wink-nlp and English model', () => {
    expect(WINK_VERSIONS).toEqual({
      tokenizer: `wink-nlp@${versionOf('node_modules/wink-nlp/package.json')}`,
      model: `wink-eng-lite-web-model@${versionOf('node_modules/wink-eng-lite-web-model/package.json')}`,
    });
  });

  it('are what provenance records', () => {
    const record = provenance({ nested: 'inclusive' });
    expect([record.version, record.tokenizer, record.model]).toEqual([VERSION, WINK_VERSIONS.tokenizer, WINK_VERSIONS.model]);
    expect(record.icu).toBe(process.versions.icu ?? null);
    expect(record.unicode).toBe(process.versions.unicode ?? null);
    expect(record.options).toEqual({ nested: 'inclusive' });
  });
});
