import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { ensureDictionary } from './buildDictionary.js';
import type { Dictionary } from './schema.js';

interface KeyNode {
  patterns: string[];
  readonly children: Map<string, KeyNode>;
}

const sequence = (items: readonly (Scalar | YAMLMap)[]): YAMLSeq => {
  const seq = new YAMLSeq();
  seq.items.push(...items);
  return seq;
};

// Maps are built as nodes, not as JavaScript objects or Maps: objects move integer-like keys
// ("2024") to the front, and a YAML 1.1 document writes a Map as an `!!omap`.
const mapping = (pairs: readonly [string, YAMLSeq | YAMLMap][]): YAMLMap => {
  const map = new YAMLMap();
  for (const [key, value] of pairs) map.items.push(new Pair(new Scalar(key), value));
  return map;
};

function toNode(node: KeyNode): YAMLSeq | YAMLMap {
  const children = [...node.children].map(([name, child]): [string, YAMLSeq | YAMLMap] => [name, toNode(child)]);
  const patterns = node.patterns.map((pattern) => new Scalar(pattern));
  if (children.length === 0) return sequence(patterns);
  if (patterns.length === 0) return mapping(children);
  // A key with patterns of its own and sub-keys: its patterns, then one one-key mapping per sub-key.
  return sequence([...patterns, ...children.map((child) => mapping([child]))]);
}

/**
 * Writes a dictionary in quanteda's YAML format (see {@link parseQuantedaYaml}): dotted keys become
 * nested mappings, grouped under their first parent key; every pattern is written verbatim.
 * Strings that YAML 1.1 would read as something else (`yes`, `no`, `911`) are quoted, so R's `yaml`
 * package, which quanteda uses, reads them as patterns too.
 *
 * Lost on the way: the dictionary's name and description, categories' descriptions, and entries'
 * `lang` and `why` (use {@link formatDictionaryJson} to keep them). quanteda reads `a | b` as one
 * literal value, not as two variants, and may not read a key that has both patterns and sub-keys.
 *
 * @example
 * ```ts
 * formatQuantedaYaml(dictionary({ name: 'demo', categories: [
 *   { key: 'threat', entries: [{ pattern: 'threat*' }] },
 *   { key: 'security.military', entries: [{ pattern: 'defense | defence' }] },
 * ] }));
 * // 'threat:\n  - threat*\nsecurity:\n  military:\n    - defense | defence\n'
 * ```
 */
export function formatQuantedaYaml(dict: Dictionary): string {
  const root: KeyNode = { patterns: [], children: new Map() };
  for (const category of ensureDictionary(dict).categories) {
    let node = root;
    for (const name of category.key.split('.')) {
      let child = node.children.get(name);
      if (child === undefined) node.children.set(name, (child = { patterns: [], children: new Map() }));
      node = child;
    }
    node.patterns = category.entries.map((entry) => entry.pattern);
  }
  const doc = new Document(null, { version: '1.1' });
  doc.contents = toNode(root);
  return doc.toString({ lineWidth: 0, indentSeq: true });
}
