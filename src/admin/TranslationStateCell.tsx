import type { DefaultServerCellComponentProps, UIFieldServerComponent } from 'payload'

import { languageStates } from '../../collections/translation/languageStates'
import { LanguageStateBadges, LiveLanguageStates } from './LanguageStateBadges'

/**
 * Each language's state in the article list, as readers see it (published, outdated, the
 * original) or, for languages they do not see, as the translation workflow has it (missing,
 * in progress, ready, not published). The rule is `languageStates`.
 */
export async function TranslationStateCell({ payload, rowData, collectionConfig }: DefaultServerCellComponentProps) {
  if (!rowData?.id) return null
  const states = await languageStates(payload, collectionConfig.slug as 'articles', rowData.id as number)
  return <LanguageStateBadges states={states} />
}

/** The same in the document's sidebar, refreshed after every save without a reload. */
export const TranslationStateField: UIFieldServerComponent = async ({ payload, id, collectionSlug }) => {
  if (!id) return null
  const states = await languageStates(payload, collectionSlug as 'articles', id)
  return <LiveLanguageStates initial={states} />
}
