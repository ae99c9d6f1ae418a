import enArticle from './en/article.json' with { type: 'json' }
import enCommon from './en/common.json' with { type: 'json' }
import enOrganization from './en/organization.json' with { type: 'json' }
import kkArticle from './kk/article.json' with { type: 'json' }
import kkCommon from './kk/common.json' with { type: 'json' }
import kkOrganization from './kk/organization.json' with { type: 'json' }
import mnArticle from './mn/article.json' with { type: 'json' }
import mnCommon from './mn/common.json' with { type: 'json' }
import mnOrganization from './mn/organization.json' with { type: 'json' }
import ruArticle from './ru/article.json' with { type: 'json' }
import ruCommon from './ru/common.json' with { type: 'json' }
import ruOrganization from './ru/organization.json' with { type: 'json' }
import zhArticle from './zh/article.json' with { type: 'json' }
import zhCommon from './zh/common.json' with { type: 'json' }
import zhOrganization from './zh/organization.json' with { type: 'json' }

/** The public site's interface strings, one folder per language, the same namespaces in each. */
export const namespaces = ['common', 'article', 'organization'] as const satisfies readonly string[]
export type Namespace = (typeof namespaces)[number]

export const englishResources = { common: enCommon, article: enArticle, organization: enOrganization }

export const resources = {
  en: englishResources,
  zh: { common: zhCommon, article: zhArticle, organization: zhOrganization },
  ru: { common: ruCommon, article: ruArticle, organization: ruOrganization },
  kk: { common: kkCommon, article: kkArticle, organization: kkOrganization },
  mn: { common: mnCommon, article: mnArticle, organization: mnOrganization },
}
