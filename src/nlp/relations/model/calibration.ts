/** Platt scaling: a probability-like score s → sigmoid(a·logit(s) + b), fitted on held-out scores. */
export interface Platt {
  readonly a: number;
  readonly b: number;
}

const EPS = 1e-6;
export const logit = (p: number): number => {
  const q = Math.min(1 - EPS, Math.max(EPS, p));
  return Math.log(q / (1 - q));
};
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

export function applyPlatt(platt: Platt, score: number): number {
  return sigmoid(platt.a * logit(score) + platt.b);
}

/** Fit (a, b) by Newton's method on the log-loss, with Platt's smoothed targets. */
export function fitPlatt(scores: readonly number[], labels: readonly boolean[]): Platt {
  if (scores.length !== labels.length)
    throw new RangeError(`fitPlatt: ${scores.length} scores but ${labels.length} labels`);
  const pos = labels.filter(Boolean).length;
  const neg = labels.length - pos;
  if (pos === 0 || neg === 0) return { a: 1, b: 0 };
  const hi = (pos + 1) / (pos + 2);
  const lo = 1 / (neg + 2);
  const x = scores.map(logit);
  const t = labels.map((y) => (y ? hi : lo));
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 50; iter++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (let i = 0; i < x.length; i++) {
      const p = sigmoid(a * x[i]! + b);
      const d = p - t[i]!;
      const w = p * (1 - p);
      ga += d * x[i]!;
      gb += d;
      haa += w * x[i]! * x[i]!;
      hab += w * x[i]!;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}
