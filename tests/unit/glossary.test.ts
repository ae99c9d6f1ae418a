import { readdirSync, readFileSync } from 'node:fs'

import { describe, expect, it } from '@jest/globals'

import { Articles } from '../../collections/Articles'
import { CommentRules } from '../../collections/CommentRules'
import { Comments } from '../../collections/Comments'
import { Media } from '../../collections/Media'
import { Organizations } from '../../collections/Organizations'
import { Quotes } from '../../collections/Quotes'
import { Users } from '../../collections/Users'
import { resources } from '../../locales'
import { loadStory, storyFacts } from '../../scripts/seed/storyData'
import { lexicalTranslations } from '@/i18n/admin/lexical'
import { newsroomAdminStrings } from '@/i18n/admin/newsroom'
import { adminLanguages } from '@/i18n/adminLanguages'
import { glossaryConcepts, glossaryMarkdown, glossaryNames, glossaryTerms } from '@/i18n/glossary'
import type { Locale } from '@/i18n/locales'
import { localeCodes } from '@/i18n/locales'

type Tree = { [key: string]: string | Tree }
const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.entries(tree).reduce<Record<string, string>>((flat, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    return typeof value === 'string' ? { ...flat, [path]: value } : { ...flat, ...flatten(value, path) }
  }, {})

const isAdminLabel = (value: object): value is Record<Locale, string> => {
  const keys = Object.keys(value).sort()
  return (
    keys.join() === ['en', 'kk', 'mn', 'ru', 'zh'].join() &&
    Object.values(value).every((text) => typeof text === 'string')
  )
}

/** Every five-language label in the imported collection and global configs, by where it sits. */
function adminLabels(): { where: string; text: Record<Locale, string> }[] {
  const found: { where: string; text: Record<Locale, string> }[] = []
  const seen = new Set<object>()
  const walk = (where: string, value: unknown) => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return
    seen.add(value)
    if (isAdminLabel(value)) {
      found.push({ where, text: value })
      return
    }
    for (const [key, child] of Object.entries(value)) walk(`${where}.${key}`, child)
  }
  for (const config of [Articles, Quotes, Organizations, Comments, Media, Users, CommentRules])
    walk(config.slug, config)
  return found
}

/**
 * Payload's admin strings as the admin shows them in one language: our kk.ts and mn.ts, Payload's
 * own en, zh and ru with our overrides (src/i18n/adminLanguages.ts), and the rich-text editor's.
 */
function payloadStrings(code: Locale): { where: string; text: string }[] {
  const payload = Object.entries(flatten(adminLanguages[code].translations as unknown as Tree)).map(([key, text]) => ({
    where: `Payload admin ${code} ${key}`,
    text,
  }))
  const lexical =
    code === 'kk' || code === 'mn'
      ? Object.entries(flatten(lexicalTranslations[code] as unknown as Tree)).map(([key, text]) => ({
          where: `lexical.ts ${code}.${key}`,
          text,
        }))
      : []
  return [...payload, ...lexical]
}

/** The interface strings a reader or staff member sees in one language, each named by where it lives. */
function interfaceStrings(code: Locale): { where: string; text: string }[] {
  const publicStrings = Object.entries(resources[code]).flatMap(([ns, tree]) =>
    Object.entries(flatten(tree as Tree)).map(([key, text]) => ({ where: `locales/${code}/${ns}.json ${key}`, text })),
  )
  const labels = adminLabels().map(({ where, text }) => ({ where: `admin label ${where}`, text: text[code] }))
  const newsroom = Object.entries(newsroomAdminStrings[code]).map(([key, text]) => ({
    where: `newsroom.ts ${code}.${key}`,
    text,
  }))
  return [...publicStrings, ...labels, ...newsroom, ...payloadStrings(code)]
}

/** The avoided alternatives of every concept found in `strings`, after removing the phrases where the word means something else. */
function avoidedTermsIn(code: Locale, strings: { where: string; text: string }[]): string[] {
  const lower = (text: string) => text.toLocaleLowerCase(code)
  return glossaryConcepts.flatMap((concept) => {
    const { avoid = [], otherSense = [] } = glossaryTerms[concept][code]
    return avoid.flatMap((wrong) =>
      strings
        .filter(({ text }) =>
          otherSense.reduce((rest, fine) => rest.split(lower(fine)).join(' '), lower(text)).includes(lower(wrong)),
        )
        .map(({ where, text }) => `${concept}: «${wrong}» in ${where}: ${text}`),
    )
  })
}

const story = loadStory()
const storyText = (code: Locale): string => {
  const strings: string[] = []
  const walk = (value: unknown) => {
    if (typeof value === 'string') strings.push(value)
    else if (value && typeof value === 'object') Object.values(value).forEach(walk)
  }
  walk(story[code])
  return strings.join('\n')
}
// Non-breaking spaces (Russian typography) count as spaces here.
const paragraphs = (code: Locale) =>
  story[code].body.flatMap((part) => (part.type === 'paragraph' ? [part.text.replace(/\u00a0/g, ' ')] : []))

describe('the glossary', () => {
  it('is written out for people in locales/glossary.md exactly as src/i18n/glossary.ts defines it', () => {
    const markdown = readFileSync(new URL('../../locales/glossary.md', import.meta.url), 'utf8')
    expect(markdown).toBe(glossaryMarkdown() + '\n')
  })

  it('finds no translated text hard-coded in the admin components (src/admin), so every admin string is one the scan below reads', () => {
    const folder = new URL('../../src/admin/', import.meta.url)
    const nonLatin = /[\u0400-\u04ff\u3400-\u9fff]/
    const comment = /^\s*(\/\/|\/?\*)/
    const hardCoded = readdirSync(folder)
      .filter((name) => /\.tsx?$/.test(name))
      .flatMap((name) =>
        readFileSync(new URL(name, folder), 'utf8')
          .split('\n')
          .flatMap((line, index) =>
            nonLatin.test(line) && !comment.test(line) ? [`src/admin/${name}:${index + 1}: ${line.trim()}`] : [],
          ),
      )
    expect(hardCoded).toEqual([])
  })

  it('reads every admin label of our collections from their configs, in all five languages', () => {
    const labels = adminLabels()
    expect(labels.length).toBeGreaterThan(50)
    expect(labels.map((label) => label.text.en)).toEqual(expect.arrayContaining(['Comments', 'Pending', 'Trash']))
  })

  describe.each(localeCodes)('in %s', (code) => {
    const strings = interfaceStrings(code)

    it('uses none of the avoided alternatives for any concept in the public site, admin labels, newsroom strings or Payload’s admin strings', () => {
      expect(avoidedTermsIn(code, strings)).toEqual([])
    })

    it('finds an avoided alternative when one is slipped into Payload’s admin strings, so the scan reaches them', () => {
      const planted = glossaryConcepts.flatMap((concept) =>
        (glossaryTerms[concept][code].avoid ?? []).map((wrong) => ({ concept, wrong })),
      )
      if (planted.length === 0) return
      const [{ wrong }] = planted
      const doctored = payloadStrings(code).map((entry, index) =>
        index === 0 ? { ...entry, text: `${entry.text} ${wrong}` } : entry,
      )
      expect(avoidedTermsIn(code, doctored).length).toBeGreaterThan(0)
    })

    it('shows on the admin’s Unpublish button the glossary’s word for unpublishing', () => {
      const button = adminLanguages[code].translations.version.unpublish.toLocaleLowerCase(code)
      const { term, stem } = glossaryTerms.unpublish[code]
      expect(button).toContain((stem ?? term).toLocaleLowerCase(code))
    })

    it('tells a refused translator to press a Save draft button the admin really shows', () => {
      const saveDraft = adminLanguages[code].translations.version.saveDraft
      for (const key of ['translatorMayNotChangePublication', 'translatorOneDocumentAtATime'] as const) {
        expect(newsroomAdminStrings[code][key]).toContain(saveDraft)
      }
    })

    it('names each concept the interface shows with the glossary’s own term', () => {
      const all = strings.map(({ text }) => text.toLocaleLowerCase(code)).join('\n')
      const missing = glossaryConcepts.filter((concept) => {
        const { term, stem } = glossaryTerms[concept][code]
        return !all.includes((stem ?? term).toLocaleLowerCase(code))
      })
      expect(missing).toEqual([])
    })

    it('spells every name in the seeded story as agreed, and none of the forms it replaced', () => {
      const text = storyText(code)
      const absent = glossaryNames
        .filter((name) => !text.includes(name.forms[code].match ?? name.forms[code].form))
        .map((name) => name.id)
      const replaced = glossaryNames.flatMap((name) =>
        (name.forms[code].avoid ?? []).filter((wrong) => text.includes(wrong)).map((wrong) => `${name.id}: ${wrong}`),
      )
      expect(absent).toEqual([])
      expect(replaced).toEqual([])
    })

    it('names the site in the story’s credit line as the site names itself', () => {
      const siteName = resources[code].common.site.name
      const agreed = glossaryNames.find((name) => name.id === 'altai-news')?.forms[code].form.replace(/[«»]/g, '')
      expect(agreed).toBe(siteName)
      expect(story[code].hero.credit).toContain(siteName)
    })

    it('places Altay City in China’s Xinjiang wherever the dek, dateline or first paragraph names it', () => {
      const city = glossaryNames.find((name) => name.id === 'altay-city')?.forms[code]
      const lower = (text: string) => text.toLocaleLowerCase(code)
      const cityName = lower(city?.match ?? city?.form ?? '')
      const placedBy = lower(city?.placedBy ?? '')
      const firstMentions = {
        dek: story[code].dek,
        dateline: story[code].dateline,
        firstParagraph: paragraphs(code)[0] ?? '',
      }
      expect(cityName).not.toBe('')
      expect(placedBy).not.toBe('')
      expect(lower(firstMentions.dateline)).toContain(cityName)
      const unplaced = Object.entries(firstMentions).filter(
        ([, text]) => lower(text).includes(cityName) && !lower(text).includes(placedBy),
      )
      expect(unplaced).toEqual([])
    })
  })
})

describe('the story’s facts', () => {
  // Kazinform dates the conference Tuesday 20 May 2025 (review §1a); the story is published that day.
  const conferenceDay = {
    en: '20 May',
    zh: '5月20日',
    ru: '20 мая',
    kk: '20 мамыр',
    mn: '5-р сарын 20',
  } satisfies Record<Locale, string>

  it('is published on the Tuesday the conference met, 20 May 2025, in every reader’s time zone', () => {
    for (const timeZone of [
      'Asia/Urumqi',
      'Asia/Shanghai',
      'Europe/Moscow',
      'Asia/Barnaul',
      'Asia/Almaty',
      'Asia/Ulaanbaatar',
      'America/Los_Angeles',
    ]) {
      const day = new Intl.DateTimeFormat('en-GB', {
        timeZone,
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      }).format(new Date(storyFacts.publishedAt))
      expect(`${timeZone}: ${day}`).toBe(`${timeZone}: Tuesday, 20 May 2025`)
    }
  })

  it.each(localeCodes)(
    'gives the conference’s date in the first paragraph in %s, so “Tuesday” cannot be read as another day',
    (code) => {
      expect(paragraphs(code)[0]).toContain(conferenceDay[code])
    },
  )

  it.each(localeCodes)(
    'shows in %s a pull quote that is a short excerpt, not the whole quotation printed again',
    (code) => {
      const body = story[code].body
      body.forEach((part, index) => {
        if (part.type !== 'quote') return
        const before = body[index - 1]
        const pull = story[code].quotes[part.quote].text
        expect(before?.type).toBe('paragraph')
        const paragraph = before?.type === 'paragraph' ? before.text : ''
        expect(pull.length).toBeLessThan(paragraph.length / 2)
      })
    },
  )
})
