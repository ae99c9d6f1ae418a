import { describe, expect, it } from '@jest/globals'

import { resources } from '../../locales'
import { fieldErrorMessages, refusalMessage } from '@/comments/messages'
import { type Locale, localeCodes } from '@/i18n/locales'
import { translator } from '@/i18n/translate'

type Tree = { [key: string]: string | Tree }
const strings = (tree: Tree): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[key, value] as [string, string]]
      : strings(value).map(([k, v]) => [`${key}.${k}`, v] as [string, string]),
  )

const waiting = (locale: Locale, minutes: number) =>
  refusalMessage(translator(locale), { kind: 'refused', reason: 'rateLimited', retryAfterSeconds: minutes * 60 - 5 })

describe('numbers in the comment messages, in each language’s plural forms', () => {
  it('tells an English reader to wait “1 minute”, and “2 minutes”', () => {
    expect(waiting('en', 1)).toMatch(/ 1 minute\.$/)
    expect(waiting('en', 2)).toMatch(/ 2 minutes\.$/)
  })

  it('declines “минута” for a Russian reader after 1, 2, 5, 11 and 21', () => {
    expect([1, 2, 5, 11, 21].map((n) => waiting('ru', n).match(/через (\d+ \S+)\.$/)?.[1])).toEqual([
      '1 минуту',
      '2 минуты',
      '5 минут',
      '11 минут',
      '21 минуту',
    ])
  })

  it('names the link limit and the name limit with the noun in the right form', () => {
    const en = fieldErrorMessages(translator('en'), { body: 'tooManyLinks', name: 'nameTooLong' }, '')
    expect(en).toEqual({
      body: 'A comment can contain at most 3 links.',
      name: 'Your name can be at most 80 characters long.',
    })
    const ru = fieldErrorMessages(translator('ru'), { body: 'tooManyLinks', name: 'nameTooLong' }, '')
    expect(ru.body).toContain('не больше 3 ссылок')
    expect(ru.name).toContain('не больше 80 символов')
    expect(translator('en')('comments:errors.tooManyLinks', { count: 1 })).toBe('A comment can contain at most 1 link.')
  })

  it.each(localeCodes)(
    'words every number of the %s comment messages as an i18next count (plural forms), never as a bare placeholder',
    (locale) => {
      const bare = strings(resources[locale].comments as Tree).filter(([, text]) =>
        /\{\{\s*(max|min|minutes|seconds|hours|number|n)\s*\}\}/.test(text),
      )
      expect(bare).toEqual([])
      for (const n of [1, 2, 3, 5, 11, 21, 5000]) {
        for (const key of [
          'nameTooLong',
          'bodyTooShort',
          'bodyTooLong',
          'requestTooLarge',
          'tooManyLinks',
          'rateLimited',
        ] as const) {
          const text = translator(locale)(`comments:errors.${key}`, { count: n, length: 1 })
          expect(text).toContain(String(n))
          expect(text).not.toMatch(/\{\{|errors\./)
        }
      }
    },
  )
})
