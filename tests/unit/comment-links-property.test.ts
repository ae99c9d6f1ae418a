import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { countLinks } from '@/comments/links'
import { commentLimits } from '@/comments/rules'
import { validateComment } from '@/comments/validate'
import { CommentText } from '@/components/comments/CommentText'

/** The links a reader sees once the comment is published: anchors in the server-rendered text. */
function renderedLinks(text: string): number {
  return renderToStaticMarkup(createElement(CommentText, { text })).match(/<a /g)?.length ?? 0
}

const host = fc.constantFrom(
  'example.kz',
  'example.mn',
  'EXAMPLE.RU',
  'news.example.com',
  'пример.рф',
  'мысал.қаз',
  'xn--e1afmkfd.xn--p1ai',
  'altai.news',
  'localhost',
  '例子.中国',
  'bücher.de',
)
const scheme = fc.constantFrom('', '', 'http://', 'https://', 'HTTPS://', 'ftp://', 'mailto:', '//')
const www = fc.constantFrom('', 'www.', 'WWW.')
const tail = fc.constantFrom('', '/', '/news', '/path?x=1&y=2', '/a_(b)', ':8080/x', '#top', '/новости')
const punctuation = fc.constantFrom('', '.', ',', ')', '!', '?', '…', '»', '”', ':', ';')
const opening = fc.constantFrom('', '(', '«', '“', ' ', '\n')
const address = fc.tuple(opening, scheme, www, host, tail, punctuation).map((parts) => parts.join(''))
const notQuiteAddress = fc.constantFrom(
  'name@example.kz',
  'mailto:name@example.mn',
  '192.168.0.1',
  '10.0.0.1/admin',
  'http://192.168.0.1/x',
  '[::1]',
  'example',
  'e.g.',
  'т.б.',
  '3.14',
  'v1.2.3',
  'file.txt',
  'a..b',
  'www.',
  'http://',
)
const words = fc.constantFrom('Алтай', 'мақала', 'сэтгэгдэл', '阿尔泰', 'see', 'and', 'тамаша', '—', '2025', '')
const commentText = fc
  .array(fc.oneof(address, notQuiteAddress, words), { minLength: 1, maxLength: 12 })
  .chain((pieces) =>
    fc
      .array(fc.constantFrom(' ', ' ', '\n', '\n\n', ', ', ' '), { minLength: pieces.length, maxLength: pieces.length })
      .map((gaps) => pieces.map((piece, i) => `${piece}${gaps[i]}`).join('')),
  )

describe('the comment link limit (property-based)', () => {
  it('counts exactly the links the published comment shows, however an address is spelt', () => {
    fc.assert(
      fc.property(commentText, (text) => {
        expect(countLinks(text)).toBe(renderedLinks(text))
      }),
      { numRuns: 2000 },
    )
  })

  it('refuses a comment that would show more links than the limit, and accepts one that shows no more', () => {
    fc.assert(
      fc.property(commentText, (body) => {
        const result = validateComment({ name: 'Айгүл', email: 'a@example.kz', body: `Пікір: ${body}`, language: 'kk' })
        const shown = renderedLinks(`Пікір: ${body}`.trim())
        if (shown > commentLimits.maxLinks)
          expect(result).toMatchObject({ ok: false, errors: { body: 'tooManyLinks' } })
        else if (result.ok === false) expect(result.errors.body).not.toBe('tooManyLinks')
      }),
      { numRuns: 1000 },
    )
  })

  it('counts addresses written without a scheme: four of them are over the limit of three', () => {
    const body = 'Қараңыз: example.kz/news, example.mn/path, www.example.ru and Altai.News/kk.'
    expect(renderedLinks(body)).toBe(4)
    expect(validateComment({ name: 'Айгүл', email: 'a@example.kz', body, language: 'kk' })).toMatchObject({
      ok: false,
      errors: { body: 'tooManyLinks' },
    })
  })

  it('does not count an email address, which is never shown as a link', () => {
    const body = 'Жазыңыз: a@example.kz, b@example.mn, c@example.ru, d@example.com'
    expect(countLinks(body)).toBe(0)
    expect(renderedLinks(body)).toBe(0)
  })
})
