import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { foldForSearch } from '@/content/fold'

const letters = [
  ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
  ...'әғқңөұүһі',
  ...'αβγδεζηθικλμνξοπρστυφχψωάέήίόύώ',
  ...'àáâãäåæçèéêëìíîïñòóôõöøùúûüýþÿœ',
  ...'abcdefghijklmnopqrstuvwxyz',
]

describe('the folded form used by every search', () => {
  it('makes upper- and lower-case words of every cased script the same (property-based)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 30 }), (chars) => {
        const word = chars.join('')
        expect(foldForSearch(word.toUpperCase())).toBe(foldForSearch(word))
      }),
      { numRuns: 1000 },
    )
  })

  it('is idempotent, so folded copies and folded queries always agree', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        expect(foldForSearch(foldForSearch(text))).toBe(foldForSearch(text))
      }),
      { numRuns: 1000 },
    )
  })

  it.each([
    ['Kazakh', 'ӘҒҚҢӨҰҮҺІ', 'әғқңөұүһі'],
    ['Mongolian', 'ӨВӨР ҮЗЭСГЭЛЭН', 'өвөр үзэсгэлэн'],
    ['Greek final sigma', 'ΟΔΟΣ', 'οδοσ'],
    ['German sharp s', 'Straße', 'strasse'],
    ['German capital sharp s', 'STRAẞE', 'strasse'],
    ['decomposed accents', 'E\u0301cole', 'école'],
    ['full-width Latin', 'Ｆｕｌｌ', 'full'],
    ['Chinese, which has no case', '阿尔泰山', '阿尔泰山'],
  ])('%s', (_what, text, folded) => {
    expect(foldForSearch(text)).toBe(folded)
  })

  it('keeps letters that differ by more than case apart: е and ё, o and ö', () => {
    expect(foldForSearch('Ёлка')).not.toBe(foldForSearch('елка'))
    expect(foldForSearch('Ö')).not.toBe(foldForSearch('o'))
  })
})
