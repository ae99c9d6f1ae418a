import type { Locale } from '@/i18n/locales'
import type { Organization, Quote } from '@/payload-types'
import { organizationPath } from '@/seo/alternates'

/**
 * One of the story's quotes, set apart from the text, naming who said it and for whom. A quote with
 * no words in this language (its translation is not published: readers get only published
 * translations, decision 003) is left out, never drawn as an empty box.
 */
export function PullQuote({ quote, locale }: { quote: Quote; locale: Locale }) {
  if (!quote.text?.trim()) return null
  const organization =
    typeof quote.speakerOrganization === 'object' ? (quote.speakerOrganization as Organization | null) : null
  return (
    <figure className="pull-quote">
      <blockquote>
        <p>{quote.text}</p>
      </blockquote>
      <figcaption>
        <span className="pull-quote__speaker">{quote.speakerName}</span>
        {quote.speakerRole && <span className="pull-quote__role">{quote.speakerRole}</span>}
        {organization?.slug && (
          <a className="pull-quote__organization" href={organizationPath(locale, organization.slug ?? '')}>
            {organization.name}
          </a>
        )}
      </figcaption>
    </figure>
  )
}
