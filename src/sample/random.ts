/**
 * Seeded randomness for the synthetic households: pure-rand's xoroshiro128+ (a fast, seedable
 * generator with a jump function for independent streams), plus the few draws the generator needs.
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

type Generator = ReturnType<typeof xoroshiro128plus>;

const TWO_POW_32 = 4294967296;

export class Rng {
  private constructor(private readonly g: Generator) {}

  /** Same seed, same sequence. The seed is used as a 32-bit integer. */
  static seeded(seed: number): Rng {
    if (!Number.isSafeInteger(seed))
      throw new RangeError(`La graine doit être un nombre entier (reçu ${seed}).`);
    const g = xoroshiro128plus(seed | 0);
    // xoroshiro's first outputs for nearby seeds are alike: let the state mix before use.
    for (let i = 0; i < 20; i++) g.next();
    return new Rng(g);
  }

  /** An independent stream (2^64 draws ahead); this one is left untouched. */
  fork(): Rng {
    const g = this.g.clone();
    g.jump();
    return new Rng(g);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return (this.g.next() >>> 0) / TWO_POW_32;
  }

  /** Uniform integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  /** Uniform in [lo, hi), rounded to `digits` decimals. */
  real(lo: number, hi: number, digits = 2): number {
    return round(lo + this.float() * (hi - lo), digits);
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)];
  }

  /** A value other than `not` (items must hold at least two distinct values). */
  pickOther<T>(items: readonly T[], not: T): T {
    for (;;) {
      const v = this.pick(items);
      if (v !== not) return v;
    }
  }

  /** Fisher–Yates on a copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}

/** A weighted choice, prepared once and drawn many times. */
export class Weighted<T> {
  private readonly values: readonly T[];
  private readonly cumulative: readonly number[];
  private readonly total: number;

  constructor(table: readonly (readonly [T, number])[]) {
    if (table.length === 0) throw new Error('Table de tirage vide.');
    this.values = table.map(([v]) => v);
    let sum = 0;
    this.cumulative = table.map(([, w]) => (sum += w));
    this.total = sum;
  }

  draw(rng: Rng): T {
    const x = rng.float() * this.total;
    const c = this.cumulative;
    for (let i = 0; i < c.length; i++) if (x < c[i]) return this.values[i];
    return this.values[this.values.length - 1];
  }

  get choices(): readonly T[] {
    return this.values;
  }
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
