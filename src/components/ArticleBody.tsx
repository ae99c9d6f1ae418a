import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { type JSXConvertersFunction, RichText } from '@payloadcms/richtext-lexical/react'

import type { Locale } from '@/i18n/locales'
import type { Quote } from '@/payload-types'
import { PullQuote } from './PullQuote'

type Props = {
  body: unknown
  locale: Locale
  /** The quotes this language's body embeds (the article's `quotes`), populated, by id: a block may hold only the id. */
  quotes: Map<string, Quote>
}

export function ArticleBody({ body, locale, quotes }: Props) {
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    blocks: {
      pullQuote: ({ node }: { node: { fields: unknown } }) => {
        const value = (node.fields as { quote?: number | string | Quote }).quote
        const quote = typeof value === 'object' && value ? value : quotes.get(String(value))
        return quote ? <PullQuote quote={quote} locale={locale} /> : null
      },
    },
  })
  return <RichText className="article-body" data={body as SerializedEditorState} converters={converters} />
}
