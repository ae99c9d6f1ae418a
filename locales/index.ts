import enArticle from './en/article.json' with { type: 'json' }
import enComments from './en/comments.json' with { type: 'json' }
import enCommon from './en/common.json' with { type: 'json' }
import enOrganization from './en/organization.json' with { type: 'json' }
import kkArticle from './kk/article.json' with { type: 'json' }
import kkComments from './kk/comments.json' with { type: 'json' }
import kkCommon from './kk/common.json' with { type: 'json' }
import kkOrganization from './kk/organization.json' with { type: 'json' }
import mnArticle from './mn/article.json' with { type: 'json' }
import mnComments from './mn/comments.json' with { type: 'json' }
import mnCommon from './mn/common.json' with { type: 'json' }
import mnOrganization from './mn/organization.json' with { type: 'json' }
import ruArticle from './ru/article.json' with { type: 'json' }
import ruComments from './ru/comments.json' with { type: 'json' }
import ruCommon from './ru/common.json' with { type: 'json' }
import ruOrganization from './ru/organization.json' with { type: 'json' }
import zhArticle from './zh/article.json' with { type: 'json' }
import zhComments from './zh/comments.json' with { type: 'json' }
import zhCommon from './zh/common.json' with { type: 'json' }
import zhOrganization from './zh/organization.json' with { type: 'json' }

/** The public site's interface strings, one folder per language, the same namespaces in each. */
export const namespaces = ['common', 'article', 'organization', 'comments'] as const satisfies readonly string[]
export type Namespace = (typeof namespaces)[number]

export const englishResources = { common: enCommon, article: enArticle, organization: enOrganization, comments: enComments }

export const resources = {
  en: englishResources,
  zh: { common: zhCommon, article: zhArticle, organization: zhOrganization, comments: zhComments },
  ru: { common: ruCommon, article: ruArticle, organization: ruOrganization, comments: ruComments },
  kk: { common: kkCommon, article: kkArticle, organization: kkOrganization, comments: kkComments },
  mn: { common: mnCommon, article: mnArticle, organization: mnOrganization, comments: mnComments },
}
