import { describe, it, expect } from 'vitest';
import { securitizationCase, zeng2021Case } from '../../src/model/index.js';

describe('zeng2021Case', () => {
  it('is a valid securitization case (re-validating changes nothing)', () => {
    expect(securitizationCase(zeng2021Case)).toEqual(zeng2021Case);
  });

  it('cites Zeng (2021) in CJIP', () => {
    expect(zeng2021Case.source).toEqual({
      author: 'Jinghan Zeng',
      title: 'Securitization of Artificial Intelligence in China',
      year: 2021,
      venue: 'The Chinese Journal of International Politics 14(3)',
      doi: '10.1093/cjip/pbab011',
      pages: '417–445',
    });
  });

  it('has the central government as actor', () => {
    expect(zeng2021Case.actor).toMatchObject({ name: 'the central government of China', kind: 'government' });
  });

  it('has one move with claim, warn and request, no evidence spans', () => {
    expect(zeng2021Case.moves).toHaveLength(1);
    const [move] = zeng2021Case.moves;
    expect(move?.speechActs.map((act) => act.kind)).toEqual(['claim', 'warn', 'request']);
    expect(move?.evidence).toEqual([]);
    expect(move?.actor).toEqual(zeng2021Case.actor);
    expect(move?.requestedMeasures).toEqual(zeng2021Case.measures);
  });

  it('has the Chinese nation and its national interests as political referents', () => {
    expect(zeng2021Case.referents.map((referent) => referent.name)).toEqual(['the Chinese nation', "China's national interests"]);
    expect(zeng2021Case.referents.every((referent) => referent.sector === 'political')).toBe(true);
  });

  it('has the four audiences by name', () => {
    expect(zeng2021Case.audiences.map((a) => a.name)).toEqual(['local governments', 'market actors', 'intellectuals', 'the general public']);
  });

  it('has three external facilitating conditions, each explaining its kind', () => {
    expect(zeng2021Case.conditions).toHaveLength(3);
    for (const condition of zeng2021Case.conditions) {
      expect(condition.kind).toBe('external');
      expect(condition.description).toMatch(/External:/);
    }
    const topics = zeng2021Case.conditions.map((c) => c.description.toLowerCase());
    expect(topics[0]).toMatch(/historical anxiety/);
    expect(topics[1]).toMatch(/geopolitical competition/);
    expect(topics[2]).toMatch(/non-traditional security/);
  });

  it('has the two measures and outcome ongoing', () => {
    expect(zeng2021Case.measures.map((m) => m.description)).toEqual([
      expect.stringMatching(/mobilization of resources/),
      expect.stringMatching(/national strategic priority/),
    ]);
    expect(zeng2021Case.outcome).toBe('ongoing');
  });
});
