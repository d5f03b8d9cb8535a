/**
 * Orders strings by Unicode code point, never by locale, so that sorted output is the same on
 * every machine. JavaScript's `<` compares UTF-16 code units, which puts characters beyond U+FFFF
 * (surrogate pairs) before U+E000–U+FFFF; remapping the units fixes that.
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return rank(x) < rank(y) ? -1 : 1;
  }
  return a.length < b.length ? -1 : 1;
}

// Surrogates (0xD800–0xDFFF) stand for code points above every BMP unit: move them to the top.
function rank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}
