import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { normaliseSlug, slugFromTitle } from '@/content/slug'
import { hostileCorpus } from '../helpers/hostile'

const slugPattern = /^([a-z0-9]+(-[a-z0-9]+)*)?$/
const MAX = 96

// Letters our newsrooms write, plus the scripts a headline may quote; mixed with arbitrary unicode.
const alphabets = [
  'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ',
  'әғқңөұүһіӘҒҚҢӨҰҮҺІ',
  'өүӨҮ',
  '阿尔泰国家在新疆会议上加强联系长行乐重',
  'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ᠌',
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ' -_.,;:!?«»“”—–/\\&%#@\'"()[]{}<>\t\n',
].map((chars) => [...chars])
const newsroomText = fc.array(fc.constantFrom(...alphabets.flat()), { maxLength: 200 }).map((chars) => chars.join(''))
const anyTitle = fc.oneof(
  newsroomText,
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.constantFrom(...hostileCorpus().map((input) => input.value)),
)

describe('slugs for any headline (property-based)', () => {
  it('never throws, and always gives lower-case Latin words joined by single hyphens, at most 96 long', () => {
    fc.assert(
      fc.property(anyTitle, (title) => {
        const slug = slugFromTitle(title)
        expect(slug).toMatch(slugPattern)
        expect(slug.length).toBeLessThanOrEqual(MAX)
      }),
      { numRuns: 1500 },
    )
  })

  it('is idempotent: a slug made into a slug again stays the same', () => {
    fc.assert(
      fc.property(anyTitle, (title) => {
        const slug = slugFromTitle(title)
        expect(normaliseSlug(slug)).toBe(slug)
      }),
      { numRuns: 1500 },
    )
  })

  it('keeps something of every headline that has Latin, Cyrillic or Han letters', () => {
    // The hard and soft signs (ъ, ь) are letters with no sound of their own: a headline of only those leaves
    // nothing to transliterate (the slug field then falls back to "article"), so they do not count here.
    const lettered = fc.array(
      fc.constantFrom(
        ...alphabets
          .slice(0, 4)
          .flat()
          .filter((c) => /\p{L}/u.test(c) && !/[ъьЪЬ]/.test(c)),
      ),
      { minLength: 1, maxLength: 60 },
    )
    fc.assert(
      fc.property(lettered, newsroomText, (letters, rest) => {
        expect(slugFromTitle(`${letters.join('')} ${rest}`)).not.toBe('')
      }),
      { numRuns: 500 },
    )
  })
})
