/**
 * Math.hypot of two numbers, bit for bit, without its cost. V8's builtin takes varargs and
 * allocates a double array on every call (≈ 4× slower, and garbage in the hottest loops of
 * the elevator analysis). This is V8's own algorithm (src/builtins/math.tq, MathHypot) for
 * two arguments: normalise by the larger magnitude, sum the squares (Kahan's compensation is
 * 0 for the first term, so it drops out), sqrt, scale back. hypot.test.ts checks it against
 * Math.hypot on the running engine, so a different engine fails loudly instead of drifting.
 */
export function hypot(x: number, y: number): number {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  if (ax === Infinity || ay === Infinity) return Infinity;
  if (ax !== ax || ay !== ay) return NaN;
  const max = ax > ay ? ax : ay;
  if (max === 0) return 0;
  const nx = ax / max;
  const ny = ay / max;
  return Math.sqrt(nx * nx + ny * ny) * max;
}
