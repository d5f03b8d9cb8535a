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

// moves/2: rules revised against a blind development set (docs/scoring.md §6). Made-up sentences.
function sentenceActs(text: string): { claim: boolean; warn: boolean; request: boolean; rules: string[] }[] {
  return speechActs(text).map((row) => ({ claim: row.claim, warn: row.warn, request: row.request, rules: row.acts.map((a) => a.rule) }));
}

describe('speechActs: REQUEST (moves/2)', () => {
  it('C5/R2: "will necessitate", "has a responsibility to", "it is a … imperative for X to" ask for action, they claim nothing', () => {
    expect(acts('This shift, in turn, will necessitate new cooling plants.')).toMatchObject({ request: true, claim: false, rules: ['R2-necessity'] });
    expect(acts('The ministry has a responsibility to ensure that ferries stay reliable.')).toMatchObject({ request: true, claim: false });
    expect(acts('It is a public health imperative for the region to expand clinic hours.')).toMatchObject({ request: true, claim: false });
    expect(acts('The spread of drones means that careful licensing is required.')).toMatchObject({ request: true, claim: false });
  });

  it('R2: "will need to" is a deontic necessity, not a prediction', () => {
    expect(acts('The old canal, too, will need to be dredged.')).toMatchObject({ request: true, claim: false, rules: ['R2-modal'] });
  });

  it('R1: a capitalised imperative the tagger reads as a noun, and an introductory phrase without its comma', () => {
    expect(acts('Mandate that all schools publish their bus timetables.')).toMatchObject({ request: true, claim: false, rules: ['R1-imperative'] });
    expect(acts('In the near term focus on the impact on rural bus lines.')).toMatchObject({ request: true, claim: false, rules: ['R1-imperative'] });
    expect(acts('Where possible, adopt designs that each town can maintain cheaply.')).toMatchObject({ request: true, claim: false });
    // A capitalised noun followed by its verb stays a subject.
    expect(acts('Research shows that ferries are safe.')).toMatchObject({ request: false, claim: true });
  });

  it('R3: the bullets under a target paragraph ("First, by 2030, …") are plan targets', () => {
    const rows = sentenceActs('First, by 2030, the fleet will be fully electric.\n\n• The charging network will have covered every port.\n');
    expect(rows[1]).toMatchObject({ request: true, claim: false, rules: ['R3-target'] });
    // The same sentence without the target paragraph is a prediction.
    expect(acts('The charging network will have covered every port.')).toMatchObject({ request: false, claim: true });
  });
});

describe('speechActs: CLAIM (moves/2)', () => {
  it('C4: "could be explored" and a demonstrative describing a measure just asked for are not claims', () => {
    expect(acts('Subsidies could also be explored for rural bakeries.')).toMatchObject({ claim: false, request: false });
    expect(acts('Fake invoices could be used to defraud small shops.').claim).toBe(true);
    expect(sentenceActs('Publish guidance on harbour dredging. This includes refreshing the tide tables.').map((r) => r.claim)).toEqual([false, false]);
    expect(sentenceActs('Publish new tide tables for every harbour. This will let pilots plan safer routes.').map((r) => r.claim)).toEqual([false, false]);
    // After a statement (no directive), "This …" is an ordinary claim.
    expect(sentenceActs('Many river harbours are silting up. This raises costs for pilots.')[1]).toMatchObject({ claim: true });
  });

  it('C4: meta-statements: the document as subject, a definition of its terms, the plan\'s aims', () => {
    expect(acts("The Region's Harbour Plan has three parts: dredging, lights and training.").claim).toBe(false);
    expect(acts('“H” refers to the harbour modernisation projects.').claim).toBe(false);
    expect(acts('A key element of this upgrade is to replace every buoy.').claim).toBe(false);
  });

  it('C1: attributive participles are not finite verbs; a subject list ending in "etc." still has its verb', () => {
    expect(acts('Unmanned and remotely piloted ferries for island routes.')).toMatchObject({ claim: false, request: true });
    expect(acts('The costs of dredging, pilotage, etc., remain high.')).toMatchObject({ claim: true, request: false });
  });

  it('C3 and R4 stay inside their statement: target subclauses and enumerations after a claim', () => {
    expect(acts('By 2030, the region will double its ferry capacity, while the old piers have been repaired.')).toMatchObject({ claim: false, request: true });
    expect(acts('Ferries are the backbone of island life; cheap fares; frequent sailings.')).toMatchObject({ claim: true, request: false });
  });
});

describe('speechActs: WARN (moves/2)', () => {
  it('W1: a threatening agent counts inside a compound; "hackerspaces" and adversarial robustness are no agents', () => {
    expect(acts('Keep foreign adversary software out of the power grid.').warn).toBe(true);
    expect(acts('Open new community hackerspaces in every county.').warn).toBe(false);
    expect(acts('Fund research on adversarial robustness of vision models.').warn).toBe(false);
  });

  it('W2: "minimize" is an averting verb; W5: a system "for" a risk and "risk investment" are procedures', () => {
    expect(acts('Plan backups so that outages at clinics are minimized.').rules).toContain('W2-avert');
    expect(acts('Build warning systems for flood risk.').warn).toBe(false);
    expect(acts('Use angel investment and risk investment to fund start-ups.').warn).toBe(false);
  });

  it('W4: challenges or problems attributed to the issue warn; a verb or a task "challenge" does not', () => {
    expect(acts("Study the drones' challenges for air traffic.").warn).toBe(true);
    expect(acts('Deal with the social problems brought by automation.').warn).toBe(true);
    expect(acts('Courts must overcome these new challenges.').warn).toBe(true);
    expect(acts('Automation challenges towns to retrain clerks.').warn).toBe(false);
    expect(acts('The region can rise to the challenge of electrifying its ferries.').warn).toBe(false);
    expect(acts('The town solved this problem last year.').warn).toBe(false);
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
    expect(speechActs('Build cranes now.').provenance.options).toEqual({ rules: 'moves/2' });
  });

  it('throws a LanguageError for an unsupported language', () => {
    expect(() => speechActs({ id: 'fr', text: 'Bonjour le monde.', lang: 'fr' })).toThrow(/not supported/);
  });
});
