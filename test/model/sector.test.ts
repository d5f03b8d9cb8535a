import { describe, it, expect } from 'vitest';
import { SECTORS, SectorSchema, type Sector } from '../../src/model/index.js';

describe('Sector', () => {
  it('lists the five sectors of Buzan, Wæver & de Wilde plus cyber and technological', () => {
    expect(SECTORS).toEqual(['military', 'political', 'economic', 'societal', 'environmental', 'cyber', 'technological']);
  });

  it('accepts every listed sector', () => {
    for (const sector of SECTORS) expect(SectorSchema.parse(sector)).toBe(sector);
  });

  it('rejects anything else, including case variants and empty strings', () => {
    for (const bad of ['Military', 'finance', '', undefined, 1]) expect(SectorSchema.safeParse(bad).success).toBe(false);
  });

  it('types SECTORS entries as Sector', () => {
    const first: Sector = SECTORS[0];
    expect(first).toBe('military');
  });
});
