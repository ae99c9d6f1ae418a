import { getTranslation } from '@payloadcms/translations'
import type { UIFieldServerComponent } from 'payload'

import { storiesWithQuote } from '@/content/quotes'
import { newsroomMessage } from '@/i18n/admin/newsroom'
import { isLocale } from '@/i18n/locales'

/**
 * On a quote's page in the admin: the stories whose body embeds it in the language being edited
 * (`storiesWithQuote`: their latest version, draft or published), each a link to the story, or a
 * note that no story embeds it yet. A quote is shared: editing it changes every story listed.
 */
export const QuoteStories: UIFieldServerComponent = async ({ id, payload, req, field, i18n }) => {
  const locale = isLocale(req.locale) ? req.locale : 'en'
  const stories = id ? await storiesWithQuote(payload, id, locale, req) : []
  const heading = field?.label ? getTranslation(field.label as Parameters<typeof getTranslation>[0], i18n) : ''
  return (
    <div className="field-type quote-stories" data-testid="quote-stories" style={{ margin: '0 0 1.5rem' }}>
      <p className="field-label" style={{ marginBottom: '0.25rem' }}>
        {String(heading)}
      </p>
      {stories.length === 0 ? (
        <p className="field-description">{newsroomMessage(req, 'quoteEmbeddedNowhere')}</p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
          {stories.map((story) => (
            <li key={String(story.id)}>
              <a href={`/admin/collections/articles/${story.id}`}>{story.title || `#${story.id}`}</a>
            </li>
          ))}
        </ul>
      )}
      {stories.length > 1 && <p className="field-description">{newsroomMessage(req, 'quoteShared')}</p>}
    </div>
  )
}
