/**
 * A small seeded PRNG (mulberry32), so the demo data is the same on every
 * machine and every run.
 */
export type Random = {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max]. */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T
  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[]
  chance(probability: number): boolean
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]) => items[int(0, items.length - 1)]

  return {
    next,
    int,
    pick,
    weighted(choices) {
      const total = choices.reduce((sum, [, weight]) => sum + weight, 0)
      let roll = next() * total
      for (const [value, weight] of choices) {
        roll -= weight
        if (roll < 0) {
          return value
        }
      }
      return choices[choices.length - 1][0]
    },
    sample(items, count) {
      const pool = [...items]
      const out: (typeof items)[number][] = []
      while (out.length < count && pool.length) {
        out.push(pool.splice(int(0, pool.length - 1), 1)[0])
      }
      return out
    },
    chance: (probability) => next() < probability,
  }
}
