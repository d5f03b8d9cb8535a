import { Locale } from 'opencc-js/t2cn';

// Traditional to simplified Chinese with OpenCC's own `t2s` dictionaries (the ones `Converter({
// from: 't', to: 'cn' })` of opencc-js uses), applied as OpenCC applies them: each dictionary group
// in turn, left to right, the longest key at each position, earlier dictionaries of a group
// winning over later ones. OpenCC's converter walks a trie of maps for every character (about 50 ns
// a character); a table of the characters that can start a key lets this one pass over most
// characters with one array read, which makes normalizing Chinese text several times faster.
// test/perf/simplifyChinese.test.ts checks it against opencc-js character by character, on every
// key of the dictionaries and on random text.

type DictLike = string | readonly (readonly [string, string])[];
type DictGroup = readonly DictLike[];

/** One dictionary group: the keys by their first code unit, longest first. */
interface Stage {
  readonly starts: Uint8Array;
  readonly keys: ReadonlyMap<number, readonly (readonly [string, string])[]>;
}

function entries(dict: DictLike): (readonly [string, string])[] {
  if (typeof dict !== 'string') return [...dict];
  return dict
    .split('|')
    .map((entry) => entry.split(' ') as [string, string])
    .filter(([key, value]) => key !== '' && value !== undefined);
}

function stageOf(group: DictGroup): Stage {
  const byKey = new Map<string, string>();
  // opencc-js loads a group's dictionaries last to first, each overwriting: the first one wins.
  for (const dict of group) for (const [key, value] of entries(dict)) if (!byKey.has(key)) byKey.set(key, value);
  const starts = new Uint8Array(0x10000);
  const keys = new Map<number, [string, string][]>();
  for (const [key, value] of byKey) {
    const first = key.charCodeAt(0);
    starts[first] = 1;
    let list = keys.get(first);
    if (list === undefined) keys.set(first, (list = []));
    list.push([key, value]);
  }
  for (const list of keys.values()) list.sort((a, b) => b[0].length - a[0].length);
  return { starts, keys };
}

let stages: readonly Stage[] | undefined;

/** The dictionary groups of OpenCC's `t2s` configuration, in the order they apply. */
function t2sStages(): readonly Stage[] {
  if (stages === undefined) {
    const config = Locale.configs.t2s as unknown as { normalizationChain?: readonly DictGroup[]; conversionChain: readonly DictGroup[] };
    stages = [...(config.normalizationChain ?? []), ...config.conversionChain].map(stageOf);
  }
  return stages;
}

/** The result of {@link simplifyChinese}. */
export interface Simplified {
  readonly text: string;
  /** True if some replacement has another length than what it replaced (offsets would shift). */
  readonly lengthChanged: boolean;
}

function applyStage(stage: Stage, text: string, from: number, to: number): { text: string; lengthChanged: boolean } {
  const { starts, keys } = stage;
  let parts: string[] | undefined;
  let copied = 0;
  let lengthChanged = false;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code < 0x2e80 || starts[code] === 0) {
      i++;
      continue;
    }
    let replaced = false;
    for (const [key, value] of keys.get(code)!) {
      if (i + key.length <= to && text.startsWith(key, i)) {
        parts ??= [];
        parts.push(text.slice(copied, i), value);
        if (value.length !== key.length) lengthChanged = true;
        i += key.length;
        copied = i;
        replaced = true;
        break;
      }
    }
    if (!replaced) i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  }
  if (parts === undefined) return { text, lengthChanged };
  parts.push(text.slice(copied));
  return { text: parts.join(''), lengthChanged };
}

/**
 * Converts the traditional Chinese in `text[from, to)` to simplified Chinese, as opencc-js
 * `Converter({ from: 't', to: 'cn' })` converts a run of Han characters (OpenCC's rules are Han to
 * Han, so text around Han characters is kept as it is).
 *
 * @example
 * ```ts
 * simplifyChinese('維護國家安全').text; // '维护国家安全'
 * ```
 */
export function simplifyChinese(text: string, from = 0, to = text.length): Simplified {
  let result = text;
  let end = to;
  let lengthChanged = false;
  for (const stage of t2sStages()) {
    const before = result.length;
    const applied = applyStage(stage, result, from, end);
    result = applied.text;
    end += result.length - before;
    lengthChanged ||= applied.lengthChanged;
  }
  return { text: result, lengthChanged };
}
