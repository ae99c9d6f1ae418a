import { writeFileSync } from 'node:fs'

import { glossaryMarkdown } from '@/i18n/glossary'

/** Writes `locales/glossary.md` from `src/i18n/glossary.ts`, the glossary's one home. */
const target = new URL('../locales/glossary.md', import.meta.url)
writeFileSync(target, glossaryMarkdown() + '\n')
console.log(`wrote ${target.pathname}`)
