import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { labelSentences, analysisSentences } from '../../src/moves/index.js';
import { sentenceLabels } from '../../src/moves/labelSentences.js';
import { analyzeSpan, type TextSpan } from '../../src/moves/analyzeSpan.js';
import { createDocument, type Document } from '../../src/text/document.js';
import { OptionError } from '../../src/errors.js';
import { corpusFile, describeCorpus } from '../support/shared.js';

// Every sentence below is made up for these tests.
function security(text: string, lang?: string) {
  const rows = labelSentences(lang === undefined ? text : { id: 'fixture', text, lang });
  expect(rows).toHaveLength(1);
  const s = rows[0]!.security;
  return { securitizing: s.securitizing, sector: s.sector, referent: s.referent?.name ?? null, excluded: s.excluded.map((e) => e.rule) };
}

describe('labelSentences: SECURITIZING (moves/2)', () => {
  it('S5: a defence word as the last item of "A, B and C" or as one of two coordinated fields is not securitizing', () => {
    expect(security('Build grids for a smart economy, a green society and national defense needs.')).toMatchObject({ securitizing: false });
    expect(security('Whoever leads in robotics will reap large economic and military benefits.')).toMatchObject({ securitizing: false });
    // Strengthening defence itself is (S5, second example).
    expect(security('Use robotics to elevate national defense strength.')).toMatchObject({ securitizing: true, sector: 'military' });
  });

  it('S1: "public safety" is public security with the public as referent', () => {
    expect(security('Advance the use of drones in the field of public safety.')).toMatchObject({
      securitizing: true,
      sector: 'societal',
      referent: 'public safety and security',
    });
  });
});

describe('labelSentences: SECURITIZING', () => {
  it('S1: security wording plus a collective referent, sector from the referent', () => {
    expect(security('Hostile states threaten our national security.')).toMatchObject({ securitizing: true, sector: 'political', referent: 'national security' });
  });

  it('S1: a race against rivals is technological', () => {
    expect(security('We are in a race with rival powers for quantum supremacy, and we must win it.')).toMatchObject({
      securitizing: true,
      sector: 'technological',
    });
  });

  it('S1: terrorism and policing imply public safety and security', () => {
    expect(security('Expand counter-terrorism analytics for city police.')).toMatchObject({
      securitizing: true,
      sector: 'societal',
      referent: 'public safety and security',
    });
  });

  it('S2: technical security of data or software is not securitizing', () => {
    const r = security('Strengthen data security testing for hospital software.');
    expect(r.securitizing).toBe(false);
    expect(r.excluded).toContain('S2-technical');
  });

  it('S3: regulatory safety is not securitizing', () => {
    expect(security('Improve food safety inspections with cheap sensors.').securitizing).toBe(false);
  });

  it('S4: economic competition that is not a race is not securitizing', () => {
    expect(security('Competition among domestic chip firms keeps prices low for our farmers.').securitizing).toBe(false);
    expect(security('Our wind industry will reach a leading global market share.').securitizing).toBe(false);
  });

  it('S5: defence as one application field in a list is not securitizing; strengthening the armed forces is', () => {
    const list = security('Apply drones in farming, mining, national defense, and forestry.');
    expect(list.securitizing).toBe(false);
    expect(list.excluded).toContain('S5-list');
    expect(security('Strengthen the armed forces with autonomous logistics.')).toMatchObject({ securitizing: true, sector: 'military', referent: 'national defense' });
  });

  it('G3: an agency name is not security framing', () => {
    const r = security('Fund robotics startups through the Department of Defense.');
    expect(r.securitizing).toBe(false);
    expect(r.excluded).toContain('G3-name');
  });

  it('negation: "not a threat to national security"', () => {
    expect(security('Weather apps are not a threat to our nation.').securitizing).toBe(false);
  });

  it('G2: an anaphor takes the warning and the security framing of the previous sentence', () => {
    const text = 'We must stop hostile agents from stealing our chip designs. Doing so will require constant vigilance.';
    const [first, second] = labelSentences(text);
    expect(first!.securitizing).toBe(true);
    expect(second!.warn).toBe(true);
    expect(second!.acts.some((a) => a.rule.startsWith('G2-anaphora'))).toBe(true);
    expect(second!.security).toMatchObject({ securitizing: true, rule: 'S1-framing+referent+G2-anaphora' });
    // Without the anaphor, the same second sentence neither warns nor securitizes.
    const [, plain] = labelSentences('We must stop hostile agents from stealing our chip designs. Vigilance will require constant effort.');
    expect([plain!.warn, plain!.securitizing]).toEqual([false, false]);
  });

  it('Chinese: 国家安全 is securitizing, 数据安全 is technical', () => {
    expect(security('维护国家安全。')).toMatchObject({ securitizing: true, sector: 'political', referent: 'national security' });
    expect(security('加强数据安全。').securitizing).toBe(false);
    expect(security('推进军民融合。')).toMatchObject({ securitizing: true, sector: 'military' });
  });

  it('traditional script counts as simplified', () => {
    expect(security('維護國家安全。')).toMatchObject({ securitizing: true, referent: 'national security' });
  });
});

describe('labelSentences: spans', () => {
  const text = 'Intro line here for the plan.\n\nPorts now face many hostile drones. Protect our ports.';
  const doc = createDocument({ id: 'spans', text });

  it('labels given spans, with the previous sentence of the document for anaphora', () => {
    const start = text.indexOf('Protect');
    const [row] = labelSentences(doc, { spans: [{ start, end: text.length }] });
    expect(row).toMatchObject({ start, end: text.length, text: 'Protect our ports.', request: true, sentenceIndex: 2 });
  });

  it('rejects a span outside the document', () => {
    expect(() => labelSentences(doc, { spans: [{ start: 5, end: text.length + 1 }] })).toThrow(OptionError);
    expect(() => labelSentences(doc, { spans: [{ start: 5, end: 2 }] })).toThrow(/span 0/);
  });

  it('every framing, referent and exclusion trigger slices the original text', () => {
    for (const row of labelSentences(doc)) {
      const s = row.security;
      for (const t of [...s.framing, ...s.referents.map((r) => r.trigger), ...s.excluded.map((e) => e.trigger)]) {
        expect(text.slice(t.start, t.end)).toBe(t.text);
      }
    }
  });
});

/**
 * The reference path: every span analysed on its own, its predecessor read again from scratch (no
 * memo), the predecessor of a given span found by a linear scan. `labelSentences` shares the
 * predecessor's reading and searches by bisection; its rows must be identical.
 */
function reference(doc: Document, spans?: readonly TextSpan[]): unknown[] {
  const sentences = analysisSentences(doc);
  // The same row for the same analysis; what differs is how each span's predecessor is found and read.
  const row = (span: TextSpan, index: number, previous: TextSpan | undefined) => sentenceLabels(doc, span, index, analyzeSpan(doc, span, previous));
  if (spans === undefined) return sentences.map((s, k) => row(s, s.index, sentences[k - 1]));
  return spans.map((span) => {
    let previous: TextSpan | undefined;
    for (const s of sentences) {
      if (s.end > span.start) break;
      previous = s;
    }
    const own = sentences.find((s) => s.start === span.start && s.end === span.end);
    return row(span, own?.index ?? -1, previous);
  });
}

/** Each non-blank line as a span, and each sentence shortened by one character at both ends. */
function otherSpans(doc: Document): TextSpan[] {
  const lines = [...doc.text.matchAll(/[^\r\n]+/gu)].filter((m) => m[0].trim() !== '').map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const inner = analysisSentences(doc).filter((s) => s.end - s.start > 2).map((s) => ({ start: s.start + 1, end: s.end - 1 }));
  return [...lines, ...inner];
}

function expectSameAsReference(doc: Document): void {
  const rows = labelSentences(doc);
  expect(rows.length).toBeGreaterThan(0);
  expect(JSON.parse(JSON.stringify(rows))).toEqual(JSON.parse(JSON.stringify(reference(doc))));
  const spans = otherSpans(doc);
  expect(JSON.parse(JSON.stringify(labelSentences(doc, { spans })))).toEqual(JSON.parse(JSON.stringify(reference(doc, spans))));
}

// Made up: chains of anaphors (G2), "This …" after a directive (C4 with G2), a target paragraph with bullets (R3).
const MADE_UP = [
  'Hostile states threaten our national security. This requires constant vigilance. Doing so will also cost money.',
  'Build secure data centres in every province. This will enable faster public services. These efforts protect our nation.',
  '',
  'By 2030, the industry will reach a leading scale.',
  '• The ports will be fully automated.',
  '• Such threats will no longer reach the grid.',
  '',
  'Criminal groups attack hospitals. That is not a threat to the nation. Such attacks must stop.',
].join('\n');

describe('labelSentences against the reference path (no shared readings)', () => {
  it('gives identical rows on a made-up text with anaphors, directives and targets', () => {
    const doc = createDocument({ id: 'made-up', text: MADE_UP });
    const rows = labelSentences(doc);
    // The fixture exercises what the shared readings serve: G2 inheritance and "This …" after a directive.
    expect(rows.some((r) => r.acts.some((a) => a.rule.startsWith('G2-anaphora')))).toBe(true);
    expect(rows.find((r) => r.text.startsWith('This will enable'))!.claim).toBe(false);
    expectSameAsReference(doc);
  });

  it('gives identical rows with CR and CRLF line ends and list labels', () => {
    expectSameAsReference(createDocument({ id: 'crlf', text: MADE_UP.replace(/\n/gu, (_, k: number) => (k % 2 === 0 ? '\r\n' : '\r')) }));
  });
});

describeCorpus('labelSentences against the reference path on the corpus', () => {
  for (const name of ['2017-ngaidp.en.txt', '2025-china-ai-plus-opinions.en.txt', '2025-us-americas-ai-action-plan.en.txt', '2017-ngaidp.zh.excerpts.txt']) {
    it(`gives identical rows for every sentence of ${name}, and for other spans`, () => {
      expectSameAsReference(createDocument({ id: name, text: readFileSync(corpusFile(name), 'utf8') }));
    });
  }
});
