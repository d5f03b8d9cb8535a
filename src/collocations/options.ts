import { OptionError } from '../errors.js';

/**
 * The options object itself, with unknown keys rejected: a misspelt option never passes silently.
 *
 * @example
 * ```ts
 * checkOptionKeys({ windows: 3 }, ['window']); // throws OptionError naming "windows"
 * ```
 */
export function checkOptionKeys(options: unknown, known: readonly string[]): Readonly<Record<string, unknown>> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new OptionError('options', `expected an object, got ${options === null ? 'null' : typeof options}`);
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw new OptionError(key, `unknown option (known: ${known.join(', ')})`);
  }
  return options as Readonly<Record<string, unknown>>;
}

/**
 * A whole number option within [min, max], or its default when absent.
 *
 * @example
 * ```ts
 * wholeNumberOption('window', undefined, 5, 1); // 5
 * wholeNumberOption('window', 0, 5, 1);         // throws OptionError naming "window"
 * ```
 */
export function wholeNumberOption(name: string, value: unknown, fallback: number, min: number, max = Infinity): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Infinity ? `>= ${min}` : `from ${min} to ${max}`;
    throw new OptionError(name, `expected a whole number ${range}, got ${JSON.stringify(value) ?? String(value)}`);
  }
  return value;
}

/**
 * A positive finite number option, or its default when absent.
 *
 * @example
 * ```ts
 * positiveNumberOption('smoothing', 1, 0.5); // 1
 * ```
 */
export function positiveNumberOption(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new OptionError(name, `expected a number > 0, got ${JSON.stringify(value) ?? String(value)}`);
  }
  return value;
}

/**
 * One of a fixed set of strings, or its default when absent.
 *
 * @example
 * ```ts
 * choiceOption('measure', 'mi', ['ll', 'mi'], 'll'); // 'mi'
 * ```
 */
export function choiceOption<T extends string>(name: string, value: unknown, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  throw new OptionError(name, `expected ${choices.map((c) => `'${c}'`).join(' or ')}, got ${JSON.stringify(value) ?? String(value)}`);
}
