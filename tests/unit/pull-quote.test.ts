import { describe, expect, it } from '@jest/globals'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { PullQuote } from '@/components/PullQuote'
import type { Quote } from '@/payload-types'

const quote = (text: string | null) =>
  ({ id: 1, text, speakerName: 'Виталий Снесарь', speakerRole: null, speakerOrganization: null }) as unknown as Quote

describe('a pull quote on a reader page', () => {
  it('shows the words and who said them', () => {
    const html = renderToStaticMarkup(
      createElement(PullQuote, { quote: quote('Алтай бізді біріктіреді.'), locale: 'kk' }),
    )
    expect(html).toContain('<blockquote><p>Алтай бізді біріктіреді.</p></blockquote>')
    expect(html).toContain('Виталий Снесарь')
  })

  it('is left out, not drawn empty, when the quote has no published words in the page’s language', () => {
    for (const text of [null, '', '  '])
      expect(renderToStaticMarkup(createElement(PullQuote, { quote: quote(text), locale: 'kk' }))).toBe('')
  })
})
