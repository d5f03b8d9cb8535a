/**
 * Orders strings by Unicode code points, the order of quanteda's `method = "radix"` sort and of
 * UTF-8 bytes. `<` on JavaScript strings compares UTF-16 code units instead, which puts a
 * character beyond U+FFFF before U+E000–U+FFFF.
 *
 * @example
 * ```ts
 * ['\u{20000}', '\uFF5E'].sort(compareCodePoints); // ['\uFF5E', '\u{20000}']
 * ```
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}
