import { getTranslation } from '@payloadcms/translations'
import { Pill } from '@payloadcms/ui'
import type { Payload, PayloadRequest } from 'payload'

import { PullQuoteBlock } from '../../collections/Articles/PullQuoteBlock'
import { isLocale } from '@/i18n/locales'

type Props = {
  payload: Payload
  req: PayloadRequest
  i18n: PayloadRequest['i18n']
  siblingData?: { quote?: number | string | { id: number | string } | null }
}

/**
 * The header of a pull-quote block in the body editor: the block's name and the embedded quote's
 * words and speaker (the quote's `title`, «“…” — Speaker», its words already shortened by
 * `quoteTitle`), in the language being edited, else in the quote's original language. Replaces Payload's free
 * "block name" box, which read «Атаусыз» (Untitled) on every pull quote. No quote chosen yet:
 * the block's name alone.
 */
export async function PullQuoteLabel({ payload, req, i18n, siblingData }: Props) {
  const chosen = siblingData?.quote
  const id = chosen && typeof chosen === 'object' ? chosen.id : chosen
  let words = ''
  if (id !== undefined && id !== null && id !== '') {
    const quote = (await payload.findByID({
      collection: 'quotes',
      id,
      locale: 'all',
      depth: 0,
      select: { title: true, originalLanguage: true },
      overrideAccess: true,
      disableErrors: true,
    })) as { title?: Record<string, string | null> | null; originalLanguage?: string | null } | null
    const titles = quote?.title ?? {}
    const editing = isLocale(req.locale) ? req.locale : undefined
    const original = isLocale(quote?.originalLanguage) ? quote.originalLanguage : undefined
    words = (editing && titles[editing]) || (original && titles[original]) || Object.values(titles).find(Boolean) || ''
  }
  return (
    <div className="lexical-block__block-label pull-quote-label">
      <Pill className="lexical-block__block-pill lexical-block__block-pill-pullQuote" pillStyle="white" size="small">
        {getTranslation(PullQuoteBlock.labels!.singular!, i18n)}
      </Pill>
      {words ? (
        <span className="pull-quote-label__words" style={{ marginInlineStart: '0.5rem' }}>
          {words}
        </span>
      ) : null}
    </div>
  )
}
