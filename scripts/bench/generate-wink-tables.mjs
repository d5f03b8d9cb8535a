// Writes src/text/winkTables.ts: the parts of wink-nlp's English model that decide how many
// word and number tokens wink's tokenizer makes of a piece of text (its regular expressions, its
// hyphenation prefixes and suffixes, and the lexemes whose count is not 1 or that hold other
// characters than letters). `countWordTokens` reads them to count tokens as wink does without
// loading the model (0.3 s and ~100 MB).
//
//   node scripts/bench/generate-wink-tables.mjs > src/text/winkTables.ts
//
// test/perf/winkTables.test.ts regenerates the tables from the installed model and fails when
// they differ, so that an upgrade of wink-eng-lite-web-model cannot silently change counts.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { winkTablesSource } from './wink-tables-source.mjs';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const require = createRequire(import.meta.url);
  process.stdout.write(winkTablesSource(require('wink-nlp'), require('wink-eng-lite-web-model'), require('wink-eng-lite-web-model/package.json').version));
}
