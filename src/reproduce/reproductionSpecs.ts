import type { ReproductionSpec } from './reproductionSpec.js';
import { zeng2021 } from './zeng2021.js';

/**
 * The reproductions that come with the library, by id: what `securitization reproduce <id>` knows.
 *
 * @example
 * ```ts
 * Object.keys(reproductionSpecs); // ['zeng2021']
 * reproductionSpecs.zeng2021?.citation.doi; // '10.1093/cjip/pbab011'
 * ```
 */
export const reproductionSpecs: Readonly<Record<string, ReproductionSpec>> = Object.freeze({
  [zeng2021.id]: zeng2021,
});
