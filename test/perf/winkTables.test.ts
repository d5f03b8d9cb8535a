import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, it, expect } from 'vitest';
import { winkTablesSource } from '../../scripts/bench/wink-tables-source.mjs';

const require = createRequire(import.meta.url);

describe('winkTables', () => {
  it('is what the installed wink-eng-lite-web-model gives (regenerate with scripts/bench/generate-wink-tables.mjs)', () => {
    const model = require('wink-eng-lite-web-model') as object;
    const version = (require('wink-eng-lite-web-model/package.json') as { version: string }).version;
    const expected = winkTablesSource(require('wink-nlp'), model, version);
    expect(readFileSync(resolve(__dirname, '../../src/text/winkTables.ts'), 'utf8')).toBe(expected);
  }, 120_000);
});
