import { FileError } from '../errors.js';
import type { Dictionary } from '../lexicon/schema.js';
import { securitizationLexicon } from '../lexicon/securitizationLexicon.js';
import { parseQuantedaYaml } from '../lexicon/parseQuantedaYaml.js';
import { parseLiwcDic } from '../lexicon/parseLiwcDic.js';
import { parseDictionaryJson } from '../lexicon/parseDictionaryJson.js';
import { readText, type ReadTextOptions } from './readText.js';

const BUILTIN: Readonly<Record<string, Dictionary>> = { securitization: securitizationLexicon };

const READERS: Readonly<Record<string, (text: string, file: string) => Dictionary>> = {
  '.yml': parseQuantedaYaml,
  '.yaml': parseQuantedaYaml,
  '.dic': parseLiwcDic,
  '.json': parseDictionaryJson,
};

function extensionOf(file: string): string {
  const base = file.split(/[\\/]/u).pop() ?? file;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/**
 * Loads a dictionary: `builtin` or `builtin:securitization` gives the built-in
 * {@link securitizationLexicon}; a file is read by its extension: `.yml`/`.yaml` (quanteda YAML),
 * `.dic` (LIWC), `.json` (the library's own format, the only one keeping `lang` and `why`).
 *
 * @throws {FileError} naming the file (and line) when it cannot be read, has an unknown extension,
 *   or is not a valid dictionary; or naming an unknown built-in dictionary.
 * @example
 * ```ts
 * const lexicon = await loadDictionary('builtin');
 * const mine = await loadDictionary('dictionaries/threats.yml');
 * ```
 */
export async function loadDictionary(pathOrBuiltin: string, options: ReadTextOptions = {}): Promise<Dictionary> {
  const builtin = /^builtin(?::(.*))?$/u.exec(pathOrBuiltin);
  if (builtin !== null) {
    const name = builtin[1] ?? 'securitization';
    const dict = Object.hasOwn(BUILTIN, name) ? BUILTIN[name] : undefined;
    if (dict === undefined) {
      throw new FileError(pathOrBuiltin, `unknown built-in dictionary "${name}" (available: ${Object.keys(BUILTIN).join(', ')})`);
    }
    return dict;
  }
  const extension = extensionOf(pathOrBuiltin);
  const read = Object.hasOwn(READERS, extension) ? READERS[extension] : undefined;
  if (read === undefined) {
    throw new FileError(
      pathOrBuiltin,
      `unknown dictionary file extension "${extension}" (expected .yml, .yaml, .dic or .json, or "builtin")`,
    );
  }
  return read(await readText(pathOrBuiltin, options), pathOrBuiltin);
}
