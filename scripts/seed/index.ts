import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { Role } from '../../collections/access/roles'
import { roles } from '../../collections/access/roles'
import type { Locale } from '@/i18n/locales'
import { localeCodes } from '@/i18n/locales'
import { drawHeroImage } from './heroImage'
import { lexicalBody } from './lexical'
import type { OrganizationKey, QuoteKey } from './storyData'
import { loadStory, storyFacts } from './storyData'

export type SeedOptions = {
  log?: (line: string) => void
  /** One account per role with a generated password, printed once. Never in production. */
  demoAccounts?: boolean
}

export type SeedResult = {
  articleId: number | string
  created: string[]
  demoAccounts: { email: string; role: Role; password: string }[]
}

export const storySlug = 'altai-nations-forge-stronger-ties-at-xinjiang-conference'
export const demoEmail = (role: Role) => `${role}@altai.example`

/**
 * Loads the Altai story in all five languages. Idempotent: a record that already exists is
 * left as it is (an editor may have changed it since), so running it twice changes nothing.
 */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedResult> {
  const log = options.log ?? (() => undefined)
  const story = loadStory()
  const others = localeCodes.filter((code) => code !== storyFacts.sourceLocale)
  const created: string[] = []
  // Seeding is not an editor's act: skip revalidation and notification side effects.
  const context = { seeding: true }

  const organizationIds = {} as Record<OrganizationKey, number | string>
  for (const key of Object.keys(storyFacts.organizations) as OrganizationKey[]) {
    const facts = storyFacts.organizations[key]
    const existing = await payload.find({ collection: 'organizations', where: { slug: { equals: key } }, limit: 1 })
    if (existing.docs[0]) {
      organizationIds[key] = existing.docs[0].id
      log(`organization ${key}: already there`)
      continue
    }
    const doc = await payload.create({
      collection: 'organizations',
      locale: 'en',
      context,
      data: {
        slug: key,
        ...story.en.organizations[key],
        country: facts.country,
        kind: facts.kind,
        website: facts.website,
      },
    })
    for (const locale of others) {
      await payload.update({
        collection: 'organizations',
        id: doc.id,
        locale,
        context,
        data: story[locale].organizations[key],
      })
    }
    organizationIds[key] = doc.id
    created.push(`organization ${key}`)
    log(`organization ${key}: created in ${localeCodes.length} languages`)
  }

  let heroId: number | string
  const heroFile = 'altai-ridges-at-dawn.png'
  const existingHero = await payload.find({ collection: 'media', where: { filename: { equals: heroFile } }, limit: 1 })
  if (existingHero.docs[0]) {
    heroId = existingHero.docs[0].id
    log('hero image: already there')
  } else {
    const data = await drawHeroImage()
    const hero = await payload.create({
      collection: 'media',
      locale: 'en',
      context,
      data: story.en.hero,
      file: { data, mimetype: 'image/png', name: heroFile, size: data.length },
    })
    for (const locale of others) {
      await payload.update({ collection: 'media', id: hero.id, locale, context, data: story[locale].hero })
    }
    heroId = hero.id
    created.push('hero image')
    log(`hero image: drawn and cut into sizes, alt text in ${localeCodes.length} languages`)
  }

  let articleId: number | string
  const existingArticle = await payload.find({
    collection: 'articles',
    locale: 'en',
    where: { slug: { equals: storySlug } },
    limit: 1,
    draft: true,
  })
  if (existingArticle.docs[0]) {
    articleId = existingArticle.docs[0].id
    log('article: already there')
  } else {
    const source = story.en
    const article = await payload.create({
      collection: 'articles',
      locale: 'en',
      context,
      draft: false,
      data: {
        title: source.title,
        slug: storySlug,
        sourceLocale: storyFacts.sourceLocale,
        publishedAt: storyFacts.publishedAt,
        heroImage: heroId,
        organizations: Object.values(organizationIds) as number[],
        commentsEnabled: true,
        _status: 'draft',
      },
    })
    articleId = article.id

    const quoteIds = {} as Record<QuoteKey, number | string>
    for (const key of Object.keys(storyFacts.quotes) as QuoteKey[]) {
      const facts = storyFacts.quotes[key]
      const quote = await payload.create({
        collection: 'quotes',
        locale: 'en',
        context,
        data: {
          ...source.quotes[key],
          speakerOrganization: organizationIds[facts.organization] as number,
          originalLanguage: facts.originalLanguage,
          sourceLocale: storyFacts.sourceLocale,
        },
      })
      for (const locale of others) {
        await payload.update({
          collection: 'quotes',
          id: quote.id,
          locale,
          context,
          data: { ...story[locale].quotes[key], translationStatus: 'published' },
        })
      }
      quoteIds[key] = quote.id
    }

    for (const locale of localeCodes) {
      const text = story[locale]
      await payload.update({
        collection: 'articles',
        id: articleId,
        locale,
        context,
        draft: false,
        data: {
          title: text.title,
          kicker: text.kicker,
          dek: text.dek,
          dateline: text.dateline,
          // English keeps the fixed slug; the others are transliterated from their own headline.
          ...(locale === 'en' ? {} : { slug: '' }),
          body: lexicalBody(
            text.body.map((part) =>
              part.type === 'paragraph' ? part : { type: 'pullQuote' as const, quoteId: quoteIds[part.quote] },
            ),
          ),
          meta: { title: text.seoTitle, description: text.seoDescription },
          translationStatus: 'published',
          _status: 'published',
        },
      })
      log(`article: ${locale} published`)
    }
    created.push('article')
  }

  const demoAccounts: SeedResult['demoAccounts'] = []
  if (options.demoAccounts) {
    for (const role of roles) {
      const email = demoEmail(role)
      const existing = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
      if (existing.docs[0]) {
        log(`demo account ${email}: already there (its password was printed when it was made)`)
        continue
      }
      const password = randomBytes(12).toString('base64url')
      await payload.create({
        collection: 'users',
        context,
        data: {
          email,
          password,
          name: `Demo ${role}`,
          roles: [role],
          ...(role === 'translator' ? { translatorLocales: ['kk', 'mn'] as Locale[] } : {}),
        },
      })
      demoAccounts.push({ email, role, password })
      created.push(`demo ${role}`)
    }
  }
  return { articleId, created, demoAccounts }
}
