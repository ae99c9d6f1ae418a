import { readFileSync } from 'node:fs'

import { describe, expect, it } from '@jest/globals'
import { remove as foldConfusables } from 'confusables'
import fc from 'fast-check'

import { matchWordList, normaliseForMatching } from '@/comments/wordLists'
import { localeCodes } from '@/i18n/locales'

/** Every sentence of the seeded Altai story (headline, body, quotes, organizations) in one language. */
function storyTexts(locale: string): string[] {
  const texts: string[] = []
  const walk = (value: unknown) => {
    if (typeof value === 'string' && /\p{L}{2}/u.test(value) && !/^[\w./-]+$/.test(value)) texts.push(value)
    else if (Array.isArray(value)) value.forEach(walk)
    else if (value && typeof value === 'object') Object.values(value).forEach(walk)
  }
  walk(JSON.parse(readFileSync(`scripts/seed-data/story/${locale}.json`, 'utf8')))
  return texts
}

/** Comments real readers wrote in the tests and in the first-day review. */
const readerComments = [
  'Өте пайдалы мақала, рақмет!',
  'Хорошая статья!\nСпасибо.',
  'Сайхан нийтлэл, баярлалаа.',
  'Айгүл Сейтқали: Алтай туралы тамаша жазылған.',
  'Ерлан: Шыңжаңдағы конференция туралы толығырақ жазыңыздар.',
  'Болд: Монгол улсын төлөөлөгчид оролцсон нь сайн хэрэг.',
  'Dorj Bat: great to read this in English too.',
  'Sophie: yes, his speech has a cosy, easy pace. Cheers, Joe!',
  '写得很好，谢谢！阿尔泰地区的合作很重要。我用iPhone看新闻。',
]

const genuine = [...localeCodes.flatMap(storyTexts), ...readerComments]
const words = [...new Set(genuine.flatMap((text) => normaliseForMatching(text).match(/[\p{L}\p{N}]+/gu) ?? []))]

/** Latin look-alikes of Cyrillic words (`сор` → `cop`) and Cyrillic look-alikes of Latin words (`cope` → `соре`). */
const latinToCyrillic: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  i: 'і',
  s: 'ѕ',
  j: 'ј',
  h: 'һ',
}
const twins = words.flatMap((word) => {
  const twin = /\p{Script=Cyrillic}/u.test(word)
    ? foldConfusables(word).toLowerCase()
    : [...word].map((c) => latinToCyrillic[c] ?? '?').join('')
  return twin !== word && /^[a-zа-яёіјѕһ]{3,}$/u.test(twin) ? [twin] : []
})

describe('banned and suspect words, compared in a normalised form', () => {
  const evasions = [
    ['a zero-width space', 'ca\u200Bsino'],
    ['a zero-width joiner and non-joiner', 'c\u200Da\u200Csino'],
    ['a soft hyphen', 'ca\u00ADsi\u00ADno'],
    ['a word joiner and a direction isolate', 'ca\u2060si\u2066no'],
    ['a variation selector and a combining grapheme joiner', 'cas\uFE0Fi\u034Fno'],
    ['a Cyrillic а', 'cаsino'],
    ['Cyrillic с, а and о', 'саsinо'],
    ['a Greek iota and omicron', 'casιnο'],
    ['a dotless i', 'casıno'],
    ['small capitals', 'ᴄᴀsɪɴᴏ'],
    ['Cyrillic dze and i', 'caѕіno'],
    ['fullwidth letters', 'ＣＡＳＩＮＯ'],
    ['mathematical bold letters', '𝐜𝐚𝐬𝐢𝐧𝐨'],
    ['capitals', 'CASINO'],
    ['a Cyrillic а and a zero-width space together', 'cа\u200Bsino'],
  ]
  it.each(evasions)('finds a banned Latin word disguised with %s', (_, disguised) => {
    expect(matchWordList(`Play at the best ${disguised} online tonight`, ['casino']).matches).toEqual(['casino'])
  })

  it.each([
    ['Latin k and a', 'kaзино'],
    ['a Latin o and a zero-width space', 'казин\u200Bo'],
    ['fullwidth capitals of the Latin look-alikes', 'КАЗИНＯ'],
  ])('finds a banned Cyrillic word disguised with %s', (_, disguised) => {
    expect(matchWordList(`Онлайн ${disguised} осында`, ['казино']).matches).toEqual(['казино'])
  })

  it('normalises the admins’ entries the same way (an entry typed with a stray zero-width space or in capitals still works)', () => {
    expect(matchWordList('Онлайн казино осында', ['КАЗИ\u200BНО']).matches).toEqual(['КАЗИ\u200BНО'])
    expect(matchWordList('Free MONEY for you', ['free money']).matches).toEqual(['free money'])
    expect(matchWordList('free mоney for you', ['Free Money']).matches).toEqual(['Free Money'])
  })

  it('reports words that mix alphabets, and none in the story or readers’ comments in any of the five languages', () => {
    expect(matchWordList('Ерлан cаsino жазды', []).mixedScript).toEqual(['cаsino'])
    for (const text of genuine)
      expect({ text, mixed: matchWordList(text, []).mixedScript }).toEqual({ text, mixed: [] })
  })

  it('never makes a genuine sentence in any of the five languages match a word of the other alphabet that only looks like one of its words', () => {
    // Both directions are tried: Latin look-alikes of the Cyrillic stories' words and Cyrillic ones of the English story's.
    expect(twins.filter((twin) => /^[a-z]+$/.test(twin)).length).toBeGreaterThan(20)
    expect(twins.filter((twin) => /^[а-яёіјѕһ]+$/u.test(twin)).length).toBeGreaterThan(8)
    for (const text of genuine) {
      const normalised = normaliseForMatching(text)
      // Only an entry the sentence really contains, letter for letter, may match.
      const matched = matchWordList(text, twins).matches.filter((twin) => !normalised.includes(twin))
      expect({ text, matched }).toEqual({ text, matched: [] })
    }
  })

  it('keeps genuine sentences clear of the ordinary word lists of every language', () => {
    const lists = ['casino', 'free money', 'viagra', 'казино', 'ставки на спорт', 'ұтыс', 'мөрий', '赌场', '博彩']
    for (const text of genuine)
      expect({ text, matches: matchWordList(text, lists).matches }).toEqual({ text, matches: [] })
  })

  it('finds a banned word however invisible characters are sprinkled into it (property-based)', () => {
    const invisibles = fc.constantFrom(
      '\u200B',
      '\u200C',
      '\u200D',
      '\u2060',
      '\uFEFF',
      '\u00AD',
      '\u202A',
      '\u202C',
      '\u2066',
      '\u2069',
      '\u180E',
      '\uFE0F',
      '\u034F',
      '\u{E0020}',
    )
    const word = fc.constantFrom('casino', 'казино', 'ұтыс', 'мөрий', 'viagra')
    fc.assert(
      fc.property(
        word,
        fc.array(fc.array(invisibles, { maxLength: 2 }), { minLength: 8, maxLength: 8 }),
        (banned, sprinkles) => {
          const disguised = [...banned].map((char, i) => `${char}${(sprinkles[i] ?? []).join('')}`).join('')
          expect(matchWordList(`— ${disguised} —`, [banned]).matches).toEqual([banned])
        },
      ),
    )
  })
})
