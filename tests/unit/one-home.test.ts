import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { isStaffUser } from '../../collections/access/roles'
import { isLanguagePublished, isReadableIn, readableInLocaleWhere } from '@/content/readable.mjs'

/** Every .ts/.tsx/.mjs file under the app's folders, with its text. */
function appSources(): { file: string; text: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name)
      return statSync(file).isDirectory()
        ? walk(file)
        : /\.(ts|tsx|mjs)$/.test(name) && !name.endsWith('payload-types.ts')
          ? [file]
          : []
    })
  return ['collections', 'src', 'scripts'].flatMap(walk).map((file) => ({ file, text: readFileSync(file, 'utf8') }))
}

/** The files whose text matches `pattern`. */
const filesMatching = (pattern: RegExp) =>
  appSources()
    .filter(({ text }) => pattern.test(text))
    .map(({ file }) => file.split(path.sep).join('/'))

describe('decision 003, “readable in a language”', () => {
  it('reads a language when it is the source or a published translation with a headline of its own, and nothing else', () => {
    const article = { sourceLocale: 'kk' }
    expect(isReadableIn(article, null, 'Алтай тарихы', 'kk')).toBe(true)
    expect(isReadableIn(article, 'published', 'История Алтая', 'ru')).toBe(true)
    expect(isReadableIn(article, 'ready', 'История Алтая', 'ru')).toBe(false)
    expect(isReadableIn(article, 'published', '   ', 'ru')).toBe(false)
    expect(isReadableIn(article, 'published', null, 'ru')).toBe(false)
    expect(
      isLanguagePublished({ sourceLocale: 'kk', translationStatus: { mn: 'published', zh: 'in-progress' } }, 'mn'),
    ).toBe(true)
    expect(
      isLanguagePublished({ sourceLocale: 'kk', translationStatus: { mn: 'published', zh: 'in-progress' } }, 'zh'),
    ).toBe(false)
    expect(JSON.stringify(readableInLocaleWhere('mn'))).toContain('"sourceLocale":{"equals":"mn"}')
  })

  it('is written in src/content/readable.mjs only: no other file compares a translation status with “published” for a reader', () => {
    expect(
      filesMatching(/translationStatus\?*\.?\[[a-z]+\]\s*===\s*'published'|sourceLocale\s*===\s*locale\s*\|\|/),
    ).toEqual(['src/content/readable.mjs'])
  })
})

describe('“is newsroom staff”', () => {
  it('is any of the four newsroom roles on a users account, and never a reader or another collection’s account', () => {
    for (const role of ['admin', 'editor', 'translator', 'moderator'])
      expect(isStaffUser({ id: 1, collection: 'users', roles: [role] })).toBe(true)
    expect(isStaffUser({ id: 1, collection: 'users', roles: [] })).toBe(false)
    expect(isStaffUser({ id: 1, collection: 'readers', roles: ['admin'] })).toBe(false)
    expect(isStaffUser(null)).toBe(false)
  })

  it('is spelled once: no file lists the four roles inline or counts roles outside collections/access/roles.ts', () => {
    expect(filesMatching(/'admin', 'editor', 'translator', 'moderator'|roles\?\.length/)).toEqual([
      'collections/access/roles.ts',
    ])
  })
})

describe('the field factories', () => {
  it('are the only place that offers the language options or puts the source text beside a field', () => {
    expect(filesMatching(/options: languageOptions/)).toEqual(['collections/fields/languageSelect.ts'])
    expect(filesMatching(/\/src\/admin\/SourceText#SourceText/)).toEqual(['collections/fields/translatableText.ts'])
  })
})

describe('the repeat-or-duplicate rule for comments', () => {
  it('is decided in src/comments/repeatOrDuplicate.ts only (the check before queueing and the store both call it)', () => {
    expect(filesMatching(/duplicateWindowMinutes \* 60_000/)).toEqual(['src/comments/repeatOrDuplicate.ts'])
    expect(filesMatching(/from '\.\/repeatOrDuplicate'/).sort()).toEqual([
      'src/comments/checks.ts',
      'src/comments/storeComments.ts',
      'src/comments/submitComment.ts',
    ])
  })
})
