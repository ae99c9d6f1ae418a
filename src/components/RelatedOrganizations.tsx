import type { Locale } from '@/i18n/locales'
import { translator } from '@/i18n/translate'
import type { Organization } from '@/payload-types'
import { organizationPath } from '@/seo/alternates'

/** The organizations an article names, each linked to its page; nothing when there are none. */
export function RelatedOrganizations({ organizations, locale }: { organizations: Organization[]; locale: Locale }) {
  if (organizations.length === 0) return null
  const t = translator(locale)
  return (
    <aside className="related" aria-labelledby="related-organizations">
      <h2 id="related-organizations">{t('article:organizations')}</h2>
      <ul>
        {organizations.map((organization) => (
          <li key={organization.id}>
            <a href={organizationPath(locale, organization.slug ?? '')}>{organization.name}</a>
          </li>
        ))}
      </ul>
    </aside>
  )
}
