function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return line;
}

const UNEXPECTED_TOKEN = /^Unexpected token/u;

// Whether JSON.parse meets the unexpected token within `prefix`. A cut never makes one (a cut
// gives "Unexpected end of JSON input" or an error at the cut), so this is false for every prefix
// that ends before the bad token and true for every prefix that holds it.
function holdsUnexpectedToken(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return false;
  } catch (error) {
    return error instanceof SyntaxError && UNEXPECTED_TOKEN.test(error.message);
  }
}

/**
 * The 1-based line of the syntax error `JSON.parse(text)` threw, for an error message that names
 * the line. V8 gives a position for most errors but none for an unexpected token (a trailing
 * comma in an array, a leading `+` or `.`): that token ends the shortest prefix of the text in
 * which JSON.parse meets it, found by bisection in O(n log n).
 *
 * @example
 * ```ts
 * const text = '{\n  "a": [1, 2,]\n}';
 * try { JSON.parse(text); } catch (error) { jsonErrorLine(text, error); } // 2
 * ```
 */
export function jsonErrorLine(text: string, error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const line = /\bline (\d+)/u.exec(message);
  if (line !== null) return Number(line[1]);
  const position = /\bposition (\d+)/u.exec(message);
  if (position !== null) return lineOfOffset(text, Number(position[1]));
  if (/end of (JSON|data) input/iu.test(message)) return lineOfOffset(text, text.trimEnd().length);
  if (!UNEXPECTED_TOKEN.test(message) || !holdsUnexpectedToken(text)) return undefined;
  let without = 0;
  let holding = text.length;
  while (holding - without > 1) {
    const middle = (without + holding) >> 1;
    if (holdsUnexpectedToken(text.slice(0, middle))) holding = middle;
    else without = middle;
  }
  return lineOfOffset(text, holding - 1);
}
