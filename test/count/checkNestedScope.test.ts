import { describe, it, expect } from 'vitest';
import { checkNestedScope } from '../../src/count/nested.js';
import { OptionError } from '../../src/errors.js';

describe('checkNestedScope', () => {
  it('defaults to inclusive and accepts inclusive or exclusive', () => {
    expect(checkNestedScope(undefined)).toBe('inclusive');
    expect(checkNestedScope('inclusive')).toBe('inclusive');
    expect(checkNestedScope('exclusive')).toBe('exclusive');
  });

  it('rejects anything else with an OptionError naming the option and the value', () => {
    for (const bad of ['Exclusive', '', 'longest', 1, null]) {
      let error: unknown;
      try {
        checkNestedScope(bad);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(OptionError);
      expect((error as OptionError).code).toBe('INVALID_OPTION');
      expect((error as OptionError).details.option).toBe('nested');
      expect((error as OptionError).message).toContain(JSON.stringify(bad));
    }
  });
});
