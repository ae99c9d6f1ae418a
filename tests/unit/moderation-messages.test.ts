import { describe, expect, it } from '@jest/globals'
import type { CollectionConfig, Field } from 'payload'

import { Articles } from '../../collections/Articles'
import { Comments } from '../../collections/Comments'
import { Quotes } from '../../collections/Quotes'
import { type NewsroomCountKey, newsroomCount, newsroomCounts } from '@/i18n/admin/newsroom'
import { adminLanguageCodes } from '@/i18n/adminLanguages'

describe('moderation messages say what happened, in each language’s plural forms', () => {
  it('says “1 comment approved” and “2 comments approved” in English', () => {
    expect(newsroomCount('en', 'commentsApproved', 1)).toBe('1 comment approved')
    expect(newsroomCount('en', 'commentsApproved', 2)).toBe('2 comments approved')
    expect(newsroomCount('en', 'commentsTrashed', 3)).toBe('3 comments moved to the trash')
  })

  it('declines «комментарий» after 1, 2, 5, 11, 21 and 22 in Russian', () => {
    expect([1, 2, 5, 11, 21, 22].map((n) => newsroomCount('ru', 'commentsApproved', n))).toEqual([
      '1 комментарий одобрен',
      '2 комментария одобрены',
      '5 комментариев одобрено',
      '11 комментариев одобрено',
      '21 комментарий одобрен',
      '22 комментария одобрены',
    ])
  })

  it('writes the number and the message in Chinese, Kazakh and Mongolian', () => {
    expect(newsroomCount('zh', 'commentsMarkedSpam', 2)).toBe('已将 2 条评论标记为垃圾评论')
    expect(newsroomCount('kk', 'commentsApproved', 2)).toBe('2 пікір мақұлданды')
    expect(newsroomCount('mn', 'commentsTrashed', 1)).toBe('1 сэтгэгдлийг хогийн сав руу хийлээ')
  })

  it('has, for every message, each plural form every admin language’s rules can pick', () => {
    for (const language of adminLanguageCodes) {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories
      for (const key of Object.keys(newsroomCounts.en) as NewsroomCountKey[])
        for (const category of categories)
          expect([language, key, category, newsroomCounts[language][key][category]]).toEqual([
            language,
            key,
            category,
            expect.stringContaining('{{count}}'),
          ])
    }
  })

  it('counts the translations waiting for an editor in each language’s plural forms', () => {
    expect(newsroomCount('en', 'translationsReady', 1)).toBe('1 translation ready for review')
    expect(newsroomCount('en', 'translationsOutdated', 2)).toBe(
      '2 published translations are outdated: the original changed',
    )
    expect([1, 3, 5, 21].map((n) => newsroomCount('ru', 'translationsReady', n))).toEqual([
      '1 перевод готов к проверке',
      '3 перевода готовы к проверке',
      '5 переводов готовы к проверке',
      '21 перевод готов к проверке',
    ])
    expect(newsroomCount('kk', 'translationsReady', 2)).toBe('2 аударма тексеруге дайын')
  })

  it('fills the placeholder of the reader site in the reply warning', () => {
    expect(newsroomCount('en', 'repliesToHiddenApproved', 1, { removed: 'Comment removed' })).toBe(
      '1 of them is a reply to a comment readers cannot see: readers see it under “Comment removed”, without the comment it answers.',
    )
  })
})

type NamedField = Field & { name?: string; admin?: Record<string, unknown>; fields?: Field[] }
const find = (config: CollectionConfig, name: string) =>
  (config.fields as NamedField[]).find((field) => field.name === name) as NamedField | undefined

describe('internal fields stay out of the moderators’ and editors’ filters, columns and bulk edit', () => {
  it.each([
    ['comments', Comments, ['ipHash', 'submissionKey', 'queueOrder', 'depth', 'spamSignals']],
    ['articles', Articles, ['translationFingerprint', 'sourceFingerprint', 'searchText', 'folded']],
    ['quotes', Quotes, ['translationFingerprint', 'sourceFingerprint', 'folded']],
  ] as [string, CollectionConfig, string[]][])('%s', (_slug, config, names) => {
    for (const name of names) {
      const admin = find(config, name)?.admin ?? {}
      // Payload leaves hidden fields out of all three; otherwise each is switched off by name.
      const out =
        admin.hidden === true ||
        (admin.disableListFilter && admin.disableListColumn && (admin.disableBulkEdit || admin.readOnly))
      expect([config.slug, name, Boolean(out)]).toEqual([config.slug, name, true])
    }
  })
})
