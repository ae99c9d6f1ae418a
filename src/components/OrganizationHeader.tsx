import type { Locale } from '@/i18n/locales'
import { translator } from '@/i18n/translate'
import type { Organization } from '@/payload-types'

/** The head of an organization's page: name, kind and country, description, website. */
export function OrganizationHeader({ organization, locale }: { organization: Organization; locale: Locale }) {
  const t = translator(locale)
  return (
    <header className="organization__header">
      <h1>{organization.name}</h1>
      <p className="organization__facts">
        {t(`organization:kind.${organization.kind}`)} · {t(`organization:country.${organization.country}`)}
      </p>
      {organization.description && <p>{organization.description}</p>}
      {organization.website && (
        <p>
          {t('organization:website')}:{' '}
          <a href={organization.website} rel="noopener nofollow">
            {organization.website.replace(/^https?:\/\//, '')}
          </a>
        </p>
      )}
    </header>
  )
}
