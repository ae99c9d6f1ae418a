import { pinyin } from 'pinyin-pro'
import { slugify } from 'transliteration'

/**
 * Letters of Kazakh and Mongolian Cyrillic that the generic Cyrillic table drops or mangles
 * (ә → "", ң → "n"). Mapped the way Kazakh and Mongolian newsrooms write them in Latin URLs.
 */
const cyrillicExtras: [string, string][] = [
  ['ә', 'a'],
  ['ғ', 'gh'],
  ['қ', 'q'],
  ['ң', 'ng'],
  ['ө', 'o'],
  ['ұ', 'u'],
  ['ү', 'u'],
  ['һ', 'h'],
  ['і', 'i'],
]

const MAX_SLUG_LENGTH = 96
const hanCharacter = /\p{Script=Han}/u

/** Latin, lower-case, hyphenated URL segment for any of our five languages. */
export function slugFromTitle(title: string): string {
  const source = hanCharacter.test(title)
    ? // pinyin-pro knows polyphones from context (会议 → huiyi, not kuaiyi); keep other text as is
      pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join(' ')
    : title
  const slug = slugify(source.toLowerCase(), {
    lowercase: true,
    separator: '-',
    trim: true,
    replace: cyrillicExtras,
  })
  // The transliteration tables pass some symbols through ("." stays "."): keep only what a URL segment needs.
  const clean = slug.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  return truncateAtWord(clean, MAX_SLUG_LENGTH)
}

/**
 * A slug given by hand (or by any other route: duplicate, copy to another language, bulk edit, API)
 * is normalised the same way, so "Altai Forum 2025", "altai forum 2025 - Copy" and "altai-forum-2025"
 * all become plain URL segments. Returns '' when nothing usable is left (only symbols or emoji).
 */
export function normaliseSlug(value: string): string {
  return slugFromTitle(value)
}

const slugShape = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** True when `value` is already a slug this module would make: lower-case Latin letters and digits in hyphenated words, at most 96 long. */
export function isNormalisedSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_SLUG_LENGTH && slugShape.test(value)
}

/**
 * The n-th candidate for a slug already taken: `base` itself, then `base-2`, `base-3`… kept within
 * the 96-character limit by shortening `base`, so a numbered slug is still a normalised one.
 */
export function numberedSlug(base: string, n: number): string {
  if (n <= 1) return base
  const suffix = `-${n}`
  return `${truncateAtWord(base, MAX_SLUG_LENGTH - suffix.length)}${suffix}`
}

function truncateAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug
  const cut = slug.slice(0, max)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '')
}
