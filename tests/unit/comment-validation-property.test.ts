import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { commentLimits } from '@/comments/rules'
import { type CommentErrorCode, validateComment } from '@/comments/validate'
import { localeCodes } from '@/i18n/locales'
import { hostileCorpus } from '../helpers/hostile'

const knownCodes: Record<string, CommentErrorCode[]> = {
  name: ['nameRequired', 'nameTooLong'],
  email: ['emailRequired', 'emailInvalid'],
  website: ['websiteInvalid'],
  body: ['bodyRequired', 'bodyTooShort', 'bodyTooLong', 'tooManyLinks'],
  language: ['languageInvalid'],
}

const hostile = fc.constantFrom(...hostileCorpus().map((input) => input.value))
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  hostile,
)
/** Field values as a browser, a script or a fuzzer might send them. */
const fieldValue = fc.oneof(
  text,
  fc.anything(),
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.array(text, { maxLength: 3 }),
)
const plausible = fc.record({
  name: fc.oneof(text, fc.constantFrom('Айгүл', 'Бат-Эрдэнэ', '李雷', 'Jane')),
  email: fc.oneof(fc.emailAddress(), text),
  website: fc.oneof(fc.constant(''), fc.webUrl(), text),
  body: fc.oneof(text, fc.lorem({ maxCount: 20 })),
  language: fc.oneof(fc.constantFrom(...localeCodes), text),
  notify: fc.oneof(fc.boolean(), fc.constantFrom('on', 'true', 'off'), fieldValue),
})
const anyShape = fc.oneof(
  plausible,
  fc.dictionary(
    fc.constantFrom('name', 'email', 'website', 'body', 'language', 'notify', '__proto__', 'constructor'),
    fieldValue,
  ),
  fc.object(),
  fc.anything(),
)

describe('comment validation for any input (property-based)', () => {
  it('never throws, whatever shape arrives, and refuses only with known codes on known fields', () => {
    fc.assert(
      fc.property(anyShape, (raw) => {
        const result = validateComment(raw)
        if (result.ok) return
        expect(Object.keys(result.errors).length).toBeGreaterThan(0)
        for (const [field, code] of Object.entries(result.errors)) expect(knownCodes[field]).toContain(code)
      }),
      { numRuns: 3000 },
    )
  })

  it('accepts only values within the limits, and normalises them idempotently', () => {
    fc.assert(
      fc.property(plausible, (raw) => {
        const result = validateComment(raw)
        if (!result.ok) return
        const value = result.value
        expect([...value.name].length).toBeLessThanOrEqual(commentLimits.nameMax)
        expect([...value.body].length).toBeGreaterThanOrEqual(commentLimits.bodyMin)
        expect([...value.body].length).toBeLessThanOrEqual(commentLimits.bodyMax)
        expect(localeCodes).toContain(value.language)
        for (const field of [value.name, value.email, value.website, value.body]) {
          expect(field.isWellFormed()).toBe(true)
          expect(field).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/)
          expect(field).toBe(field.trim())
        }
        expect(value.name).not.toMatch(/\n/)
        const again = validateComment(value)
        expect(again).toEqual({ ok: true, value })
      }),
      { numRuns: 3000 },
    )
  })

  it('refuses a name or comment that shows nothing but invisible characters', () => {
    const invisible = fc.array(
      fc.constantFrom(
        '\u200B',
        '\u200C',
        '\u200D',
        '\u2060',
        '\uFEFF',
        '\u180E',
        '\u00AD',
        '\u202E',
        '\u2066',
        ' ',
        '\u3000',
      ),
      { minLength: 3, maxLength: 30 },
    )
    fc.assert(
      fc.property(invisible, (chars) => {
        const result = validateComment({
          name: chars.join(''),
          email: 'a@example.kz',
          body: chars.join(''),
          language: 'kk',
        })
        expect(result).toEqual({ ok: false, errors: { name: 'nameRequired', body: 'bodyRequired' } })
      }),
    )
  })

  it('answers a missing or non-object submission with the required-field codes instead of throwing', () => {
    for (const raw of [null, undefined, 42, 'name=x', [], true]) {
      expect(validateComment(raw)).toEqual({
        ok: false,
        errors: { name: 'nameRequired', email: 'emailRequired', body: 'bodyRequired', language: 'languageInvalid' },
      })
    }
  })

  it('stores half of a broken character pair as a visible replacement character, never as invalid text', () => {
    const result = validateComment({
      name: 'Ай\uD800гүл',
      email: 'a@example.kz',
      body: 'Жақсы \uDE00 мақала \uD83D',
      language: 'kk',
    })
    expect(result).toMatchObject({ ok: true, value: { name: 'Ай\uFFFDгүл', body: 'Жақсы \uFFFD мақала \uFFFD' } })
  })

  it('drops direction overrides from a name (they would reorder the text after it) but keeps a comment as written', () => {
    const result = validateComment({
      name: '\u202Enimda',
      email: 'a@example.kz',
      body: 'עברית \u202Eabc\u202C ok',
      language: 'en',
    })
    expect(result).toMatchObject({ ok: true, value: { name: 'nimda', body: 'עברית \u202Eabc\u202C ok' } })
  })
})
