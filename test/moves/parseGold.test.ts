import { describe, it, expect } from 'vitest';
import { parseGold } from '../../src/moves/index.js';
import { FileError } from '../../src/errors.js';

// Made-up gold lines.
const line = (fields: Record<string, unknown>): string =>
  JSON.stringify({
    id: 'x-001',
    doc: 'plan.txt',
    offset: 0,
    text: 'Build ports.',
    claim: false,
    warn: false,
    request: true,
    securitizing: false,
    referent: null,
    sector: null,
    note: null,
    ...fields,
  });

function fileError(fn: () => unknown): FileError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(FileError);
    return error as FileError;
  }
  throw new Error('expected a FileError');
}

describe('parseGold', () => {
  it('parses valid lines, skips blank lines and records the line number', () => {
    const text = [line({}), '', line({ id: 'x-002', securitizing: true, referent: 'the nation', sector: 'political' }), ''].join('\n');
    const items = parseGold(text, 'gold.jsonl');
    expect(items.map((i) => [i.id, i.line, i.securitizing, i.sector])).toEqual([
      ['x-001', 1, false, null],
      ['x-002', 3, true, 'political'],
    ]);
  });

  it('names the file and line of a line that is not JSON', () => {
    const error = fileError(() => parseGold(`${line({})}\n{"id": `, 'gold.jsonl'));
    expect(error.details).toMatchObject({ file: 'gold.jsonl', line: 2 });
    expect(error.message).toMatch(/^gold\.jsonl:2: not valid JSON/);
  });

  it('names the field of a missing or mistyped value', () => {
    expect(fileError(() => parseGold(line({ offset: -1 }), 'g.jsonl')).message).toMatch(/g\.jsonl:1: field "offset"/);
    expect(fileError(() => parseGold(line({ warn: 'yes' }), 'g.jsonl')).message).toMatch(/field "warn"/);
    const { claim: _, ...withoutClaim } = JSON.parse(line({})) as Record<string, unknown>;
    expect(fileError(() => parseGold(JSON.stringify(withoutClaim), 'g.jsonl')).message).toMatch(/field "claim"/);
    expect(fileError(() => parseGold(line({ sector: 'maritime', securitizing: true, referent: 'x' }), 'g.jsonl')).message).toMatch(/field "sector"/);
  });

  it('requires referent and sector exactly when securitizing is true', () => {
    expect(fileError(() => parseGold(line({ securitizing: true }), 'g.jsonl')).message).toMatch(/field "referent"/);
    expect(fileError(() => parseGold(line({ referent: 'the nation' }), 'g.jsonl')).message).toMatch(/field "referent"/);
    expect(fileError(() => parseGold(line({ securitizing: true, referent: 'the nation' }), 'g.jsonl')).message).toMatch(/field "sector"/);
  });

  it('accepts offset + length instead of text, and a line without referent', () => {
    const { text: _, referent: __, ...located } = JSON.parse(line({ securitizing: true, sector: 'military' })) as Record<string, unknown>;
    const [item] = parseGold(JSON.stringify({ ...located, length: 12 }), 'g.jsonl');
    expect(item).toMatchObject({ text: null, length: 12, referent: null, sector: 'military', securitizing: true });
    const [withText] = parseGold(line({}), 'g.jsonl');
    expect(withText).toMatchObject({ text: 'Build ports.', length: null });
  });

  it('requires text or length, and a positive integer length', () => {
    const { text: _, ...bare } = JSON.parse(line({})) as Record<string, unknown>;
    expect(fileError(() => parseGold(JSON.stringify(bare), 'g.jsonl')).message).toMatch(/g\.jsonl:1: field "text": is required unless length is given/);
    expect(fileError(() => parseGold(JSON.stringify({ ...bare, length: 0 }), 'g.jsonl')).message).toMatch(/field "length"/);
    expect(fileError(() => parseGold(JSON.stringify({ ...bare, length: 2.5 }), 'g.jsonl')).message).toMatch(/field "length"/);
  });

  it('rejects a duplicate id and an unknown field', () => {
    const error = fileError(() => parseGold([line({}), line({})].join('\n'), 'g.jsonl'));
    expect(error.message).toMatch(/g\.jsonl:2: duplicate id "x-001" \(first on line 1\)/);
    expect(fileError(() => parseGold(line({ claims: true }), 'g.jsonl')).details.line).toBe(1);
  });
});
