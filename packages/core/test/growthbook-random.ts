import { mulberry32 } from '../../../test/support/mulberry32.ts';

/** Random choices from a seeded PRNG, so every generated case can be rebuilt from its seed. */
export function createRandom(seed: number) {
  const next = mulberry32(seed);
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
