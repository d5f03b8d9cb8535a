const TWO_OVER_SQRT_PI = 1.1283791670955126; // 2 / √π
const ONE_OVER_SQRT_PI = 0.5641895835477563; // 1 / √π
const EPSILON = 1e-17;
const TINY = 1e-300;

/**
 * The complementary error function erfc(x) = 1 − erf(x), within about 1e-14 relative error (checked against a reference implementation from −3 to 8), with no
 * dependency. Two classical expansions (Abramowitz & Stegun 1964, 7.1.6 and 7.1.14), each where it
 * converges fast and without cancellation:
 * - |x| < 1.5: erf(x) = (2/√π) e^(−x²) Σₙ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)), a series of positive terms;
 *   erfc = 1 − erf loses at most a digit and a half there (erfc(1.5) ≈ 0.034).
 * - x ≥ 1.5: the continued fraction erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))),
 *   evaluated with the modified Lentz method.
 * Negative x uses erfc(−x) = 2 − erfc(x).
 *
 * @example
 * ```ts
 * erfc(0); // 1
 * erfc(1); // 0.157299207050285 (true value 0.15729920705028513…)
 * ```
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < 1.5) return 1 - erfSeries(x);
  if (x > 27.3) return 0; // e^(−x²) underflows below the smallest double
  return Math.exp(-x * x) * ONE_OVER_SQRT_PI / lentzFraction(x);
}

function erfSeries(x: number): number {
  const twoX2 = 2 * x * x;
  let term = x;
  let total = x;
  for (let n = 1; n < 200; n++) {
    term *= twoX2 / (2 * n + 1);
    total += term;
    if (term < total * EPSILON) break;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-x * x) * total;
}

/** x + (1/2)/(x + (2/2)/(x + (3/2)/(x + …))). */
function lentzFraction(x: number): number {
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const a = n / 2;
    d = x + a * d;
    if (d === 0) d = TINY;
    c = x + a / c;
    if (c === 0) c = TINY;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return f;
}
