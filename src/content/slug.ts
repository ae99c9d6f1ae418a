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

/** A slug given by hand is normalised the same way, so "Altai Forum 2025" and "altai-forum-2025" agree. */
export function normaliseSlug(value: string): string {
  return slugFromTitle(value)
}

function truncateAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug
  const cut = slug.slice(0, max)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '')
}
