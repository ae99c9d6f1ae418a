import { remove as foldConfusables } from 'confusables'

/**
 * Characters that change nothing a reader sees: format characters (Unicode Cf: zero-width space,
 * ZWJ/ZWNJ, soft hyphen, direction controls, word joiner, BOM, tag characters), the combining
 * grapheme joiner, variation selectors, Mongolian free variation selectors and Hangul fillers.
 * Unicode's Default_Ignorable_Code_Point property, less what cannot be typed into a form.
 */
const invisible = /[\p{Cf}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u3164\uFE00-\uFE0F\uFFA0\u{E0100}-\u{E01EF}]/gu

/**
 * The form a comment and a word-list entry are compared in: compatibility forms folded (NFKC:
 * fullwidth `ｃａｓｉｎｏ`, mathematical `𝐜𝐚𝐬𝐢𝐧𝐨`, ligatures), invisible characters removed, lower
 * case. Returns a new string; the stored comment is never changed.
 */
export function normaliseForMatching(text: string): string {
  return text.normalize('NFKC').replace(invisible, '').toLowerCase()
}

/** Scripts whose letters are borrowed to imitate each other's words. */
const alphabets = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
] as const

/**
 * The blocks a Latin, Cyrillic or Greek letter of an ordinary text in our five languages comes from
 * (pinyin's ǎ ǐ ǒ ǔ included), less the dotless ı and kra ĸ, which none of them writes and which pass for i and k.
 */
const ordinaryLetter = /[\u0000-\u0130\u0132-\u0137\u0139-\u024F\u0370-\u03FF\u0400-\u04FF\u1E00-\u1EFF]/u

function lettersOf(word: string) {
  const scripts = new Set<string>()
  let unusual = false
  for (const char of word) {
    if (!/\p{L}/u.test(char)) continue
    const alphabet = alphabets.find(([, pattern]) => pattern.test(char))
    if (!alphabet) continue // Han, kana, Hangul…: written next to Latin words without a space, never a disguise
    scripts.add(alphabet[0])
    if (!ordinaryLetter.test(char) || alphabet[0] === 'Cherokee') unusual = true
  }
  return { mixed: scripts.size > 1, unusual }
}

/** Unicode's confusables.txt folds these to `i`; the `confusables` package (1.1.1) has them as `l`. */
const dottedIs = /[\u03B9\u0131\u026A\u1FBE]/gu

/**
 * A word reduced to the Latin letters it imitates (`cаsino` with a Cyrillic а → `casino`), by the
 * `confusables` package (pure JavaScript; `decancer` folds more but ships no binary for every
 * platform through the registry we install from).
 */
function skeleton(word: string): string {
  return foldConfusables(word.replace(dottedIs, 'i')).toLowerCase()
}

type Word = { text: string; skeleton: string | null }

/** Words of a normalised text; a word is folded to its skeleton only when it looks disguised. */
function wordsOf(normalised: string): { words: Word[]; mixedScript: string[] } {
  const words: Word[] = []
  const mixedScript: string[] = []
  for (const text of normalised.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) {
    const { mixed, unusual } = lettersOf(text)
    if (mixed) mixedScript.push(text)
    words.push({ text, skeleton: mixed || unusual ? skeleton(text) : null })
  }
  return { words, mixedScript }
}

export type WordListMatch = {
  /** The entries of the list the text contains, as the admins wrote them. */
  matches: string[]
  /** Words mixing alphabets (Latin with Cyrillic, Greek…), as written: a disguise more often than not. */
  mixedScript: string[]
}

/**
 * Which entries of an admins' word list (one word or phrase each, any case) a comment contains.
 * Both sides are normalised (`normaliseForMatching`), so invisible characters and compatibility
 * forms hide nothing; then an entry matches
 * - anywhere in the normalised text, as before (Chinese has no spaces between words); or
 * - as a run of whole words (the last may go on: `casino` finds `casinos`) where a word that mixes
 *   alphabets or uses letters from outside our languages' alphabets is compared by its confusable
 *   skeleton (`cаsino` with a Cyrillic а is `casino`).
 * A word written wholly in one ordinary alphabet is a real word of that alphabet and is compared as
 * written: the Kazakh `сор` never matches a banned Latin `cop`, nor a Latin `cop` a banned Cyrillic `сор`.
 * Never throws; entries that normalise to nothing are ignored.
 */
export function matchWordList(text: string, entries: readonly string[]): WordListMatch {
  const normalised = normaliseForMatching(text)
  const { words, mixedScript } = wordsOf(normalised)
  const matches = entries.filter((entry) => {
    const wanted = normaliseForMatching(entry).trim()
    if (!wanted) return false
    if (normalised.includes(wanted)) return true
    const plain = wanted.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
    if (plain.length === 0) return false
    const folded = plain.map(skeleton)
    const last = plain.length - 1
    const fits = (word: Word, j: number) => {
      const [mine, theirs] =
        word.skeleton === null ? [word.text, plain[j] as string] : [word.skeleton, folded[j] as string]
      return j === last ? mine.startsWith(theirs) : mine === theirs
    }
    for (let i = 0; i + plain.length <= words.length; i += 1) {
      if (plain.every((_, j) => fits(words[i + j] as Word, j))) return true
    }
    return false
  })
  return { matches, mixedScript }
}
