// Folds names for matching: "Białystok", "BIALYSTOK" and "Bialystok." all fold to "bialystok".

// Letters that Unicode does not decompose into a base letter plus a mark.
const SPECIAL_LETTERS: Record<string, string> = {
  ł: 'l',
  ß: 'ss',
  ẞ: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŀ: 'l',
  ŧ: 't',
  ŋ: 'n',
};
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const ASCII = /^[\x00-\x7f]*$/;
const SPECIAL_PATTERN = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'gu');

/**
 * Lower-cases, strips accents and diacritics (ł→l, ß→ss), turns punctuation, hyphens and runs of
 * whitespace into single spaces, and trims. Letters of other scripts are kept as they are.
 */
export function foldName(s: string): string {
  // Most names are plain ASCII, which needs neither normalisation nor the Unicode classes (same result).
  if (ASCII.test(s))
    return s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return (
    s
      .normalize('NFKD')
      // Lower-case after decomposing: compatibility forms such as "𝔸" decompose to upper-case letters.
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(SPECIAL_PATTERN, (letter) => SPECIAL_LETTERS[letter] ?? letter)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}
