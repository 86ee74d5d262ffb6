/** A small seeded PRNG (mulberry32) so every generated case can be rebuilt from its seed. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const chance = (p: number) => next() < p;
  /** Any UTF-16 text: ASCII, Latin, CJK, astral emoji and, on purpose, lone surrogates. */
  const unicode = (maxLength = 12) => {
    let text = '';
    for (let i = int(maxLength + 1); i > 0; i--) {
      const range = pick([0x7f, 0x2ff, 0xffff, 0x10ffff]);
      const code = int(range + 1);
      text += range > 0xffff ? String.fromCodePoint(code) : String.fromCharCode(code);
    }
    return text;
  };
  return { next, int, pick, chance, unicode };
}

export type Random = ReturnType<typeof createRandom>;
