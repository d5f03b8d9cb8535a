import { describe, it, expect } from 'vitest';
import { speechActs } from '../../src/moves/index.js';
import { createDocument } from '../../src/text/document.js';

// Every sentence below is made up for these tests.
function acts(text: string, lang?: string): { claim: boolean; warn: boolean; request: boolean; rules: string[] } {
  const rows = speechActs(lang === undefined ? text : { id: 'fixture', text, lang });
  expect(rows).toHaveLength(1);
  const row = rows[0]!;
  return { claim: row.claim, warn: row.warn, request: row.request, rules: row.acts.map((a) => a.rule) };
}

describe('speechActs: REQUEST', () => {
  it('R1: an imperative task item', () => {
    expect(acts('Expand broadband access for rural schools.')).toMatchObject({ request: true, claim: false, rules: ['R1-imperative'] });
  });

  it('R1: an imperative after an introductory "Led by" phrase naming several agencies', () => {
    expect(acts('Led by the ministry, the regulator, and the statistics office, publish a census of rural clinics.')).toMatchObject({ request: true, claim: false });
  });

  it('R4: a verbless item and a gerund item of a task list', () => {
    expect(acts('Breakthroughs in quantum sensing materials.')).toMatchObject({ request: true, claim: false, rules: ['R4-task-item'] });
    expect(acts('Developing robust navigation methods for delivery drones.')).toMatchObject({ request: true, claim: false });
  });

  it('R2: deontic modals and necessity', () => {
    expect(acts('Local governments should fund cyber training for clerks.').rules).toContain('R2-modal');
    expect(acts('It is essential to modernize the river locks.').rules).toContain('R2-necessity');
    expect(acts('More investment is needed in regional chip plants.')).toMatchObject({ request: true, claim: false });
  });

  it('R3: a plan target "By 2030 …" is a request, not a claim', () => {
    const r = acts('By 2030, the domestic robotics sector will reach a world-class scale.');
    expect(r).toMatchObject({ request: true, claim: false });
    expect(r.rules).toContain('R3-target');
  });

  it('R3: a commitment of an agency; a prediction about the world is a claim instead', () => {
    expect(acts('The agency will release a funding plan next spring.')).toMatchObject({ request: true, claim: false, rules: ['R3-commitment'] });
    expect(acts('Ocean temperatures will rise.')).toMatchObject({ request: false, claim: true, rules: ['C1-prediction'] });
  });
});

describe('speechActs: CLAIM', () => {
  it('C1: a declarative statement of a state of affairs', () => {
    expect(acts('Automated translation has become common in district courts.')).toMatchObject({ claim: true, request: false, warn: false });
  });

  it('C5: an evaluative statement with no action asked is a claim', () => {
    expect(acts('Cheap drones are essential to modern orchard care.')).toMatchObject({ claim: true, request: false });
  });

  it('C3: an asserted concessive clause in a request is also a claim', () => {
    const r = acts('Although the ministry already funds six labs, more labs are required.');
    expect(r).toMatchObject({ claim: true, request: true });
    expect(r.rules).toContain('C3-subordinate');
  });

  it('C4: a purpose clause before a modal is not a claim', () => {
    expect(acts('To cut queues, clinics should adopt online booking.')).toMatchObject({ claim: false, request: true });
  });
});

describe('speechActs: WARN', () => {
  it('negation: "this is not a threat" is not a warning, "this is a threat" is', () => {
    expect(acts('This is not a threat.')).toMatchObject({ warn: false, claim: true });
    expect(acts('This is a threat.')).toMatchObject({ warn: true, claim: true });
    expect(acts('There is no risk in the new pump design.').warn).toBe(false);
  });

  it('W1/W2: hostile agents and the object of an averting verb', () => {
    const r = acts('Stop hostile groups from stealing our chip designs.');
    expect(r.warn).toBe(true);
    expect(r.rules).toEqual(expect.arrayContaining(['W1-agent', 'W2-danger']));
    expect(acts('Prevent floods of fake reviews on shopping sites.').rules).toContain('W2-avert');
  });

  it('W5: danger words that name a procedure are not warnings', () => {
    expect(acts('Improve risk management at regional banks.').warn).toBe(false);
    expect(acts('Set up an early warning system for landslides.').warn).toBe(false);
    expect(acts('Publish a deepfake standard for court evidence.').warn).toBe(false);
  });

  it('W4: a negative situation is a warning; a purpose "to address new challenges" is not', () => {
    expect(acts('Rapid automation creates new challenges for dock workers.')).toMatchObject({ warn: true, claim: true });
    expect(acts('Use sensors to address new challenges in farming.').warn).toBe(false);
  });

  it('C2: a statement of lag is a claim, not a warning', () => {
    expect(acts('Our lab instruments still trail the leading vendors.')).toMatchObject({ claim: true, warn: false });
  });
});

describe('speechActs: Chinese', () => {
  it('必须 and 要 are deontic modals (R2)', () => {
    expect(acts('必须加强农村宽带建设。')).toMatchObject({ request: true, rules: ['R2-zh-modal'] });
    const r = acts('要防范无人机带来的风险。');
    expect(r).toMatchObject({ request: true, warn: true });
    expect(r.rules).toEqual(expect.arrayContaining(['R2-zh-modal', 'W2-avert', 'W2-danger']));
  });

  it('a clause opening with a directive verb is a request (R1)', () => {
    expect(acts('加快培养机器人工程人才。')).toMatchObject({ request: true, claim: false, rules: ['R1-zh-directive'] });
  });

  it('a plan target 到2030年 is a request, not a claim', () => {
    const r = acts('到2030年，机器人产业规模将达到一万亿元。');
    expect(r).toMatchObject({ request: true, claim: false });
    expect(r.rules).toContain('R3-zh-target');
  });

  it('an assertion is a claim; a negated threat is not a warning', () => {
    expect(acts('量子通信已经成为科技竞争的新领域。')).toMatchObject({ claim: true, request: false });
    expect(acts('无人机不是威胁。').warn).toBe(false);
    expect(acts('无人机是威胁。').warn).toBe(true);
  });
});

describe('speechActs: rows', () => {
  it('gives one row per sentence, and every trigger slices the original text', () => {
    const text = '  Ports are busy.\n\n• Build  new\tcranes now.\nHostile crews may sabotage the cranes.';
    const doc = createDocument({ id: 'ports', text });
    const rows = speechActs(doc);
    expect(rows.map((r) => r.text)).toEqual(['Ports are busy.', 'Build  new\tcranes now.', 'Hostile crews may sabotage the cranes.']);
    for (const row of rows) {
      expect(text.slice(row.start, row.end)).toBe(row.text);
      for (const act of row.acts) for (const t of act.triggers) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    expect(rows.map((r) => [r.claim, r.warn, r.request])).toEqual([
      [true, false, false],
      [false, false, true],
      [true, true, false],
    ]);
  });

  it('carries provenance naming the rule version', () => {
    expect(speechActs('Build cranes now.').provenance.options).toEqual({ rules: 'moves/1' });
  });

  it('throws a LanguageError for an unsupported language', () => {
    expect(() => speechActs({ id: 'fr', text: 'Bonjour le monde.', lang: 'fr' })).toThrow(/not supported/);
  });
});
