import type { englishResources } from '../../locales'

// Keys are typed from the English files: a missing key is a type error, not a blank on a Kazakh page.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: typeof englishResources
  }
}
