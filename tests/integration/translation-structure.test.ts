import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { articleSourceFields } from '../../collections/Articles'
import { languageStates } from '../../collections/translation/languageStates'
import { bodySkeleton, isSkeletonOnly } from '../../collections/translation/skeleton'
import { sourceChangesSince } from '../../collections/translation/sourceChanges'
import { lexicalBody } from '../../scripts/seed/lexical'
import { lexicalToPlainText } from '@/content/plainText'
import { newsroomAdminStrings } from '@/i18n/admin/newsroom'
import { testPayload } from '../helpers/payload'
import { makeUser } from '../helpers/users'

type Node = {
  type: string
  tag?: string
  text?: string
  children?: Node[]
  fields?: { quote?: unknown }
  value?: unknown
}
type Body = { root: { children: Node[] } }

const text = (value: string) => ({
  type: 'text',
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})

/** The words a translator types into a skeleton: each empty paragraph or heading gets `words[i]`. */
function fillIn(skeleton: Body, words: string[]): Body {
  let next = 0
  return {
    root: {
      ...skeleton.root,
      children: skeleton.root.children.map((node) =>
        node.type === 'paragraph' || node.type === 'heading'
          ? { ...node, children: [text(words[next++] ?? '')] }
          : node,
      ),
    },
  }
}

describe('a translation keeps the source’s structure and shows what changed in the source', () => {
  let payload: Payload
  let editor: Awaited<ReturnType<typeof makeUser>>
  let translator: Awaited<ReturnType<typeof makeUser>>
  let articleId: number
  let quoteId: number
  let mediaId: number
  let sourceBody: Body

  const kkDraft = async () =>
    (await payload.findByID({
      collection: 'articles',
      id: articleId,
      locale: 'kk',
      fallbackLocale: false,
      draft: true,
      depth: 0,
    })) as unknown as { body?: Body; translationStatus?: string }

  const saveAsTranslator = (data: Record<string, unknown>) =>
    payload.update({
      collection: 'articles',
      id: articleId,
      locale: 'kk',
      draft: true,
      overrideAccess: false,
      user: translator,
      data,
    })

  beforeAll(async () => {
    payload = await testPayload({ base: 'empty' })
    editor = await makeUser(payload, 'editor')
    translator = await makeUser(payload, 'translator', { translatorLocales: ['kk'] })
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2a6' } })
      .png()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      locale: 'en',
      user: editor,
      overrideAccess: false,
      data: { alt: 'A solar pump beside a yurt', caption: 'The pump at noon' },
      file: { data: photo, mimetype: 'image/png', name: 'pump.png', size: photo.length },
    })
    mediaId = media.id
    const article = await payload.create({
      collection: 'articles',
      locale: 'en',
      user: editor,
      overrideAccess: false,
      data: { title: 'Herders test solar pumps', sourceLocale: 'en', _status: 'draft' },
    })
    articleId = article.id
    const quote = await payload.create({
      collection: 'quotes',
      locale: 'en',
      user: editor,
      overrideAccess: false,
      data: {
        text: 'Water is life on the steppe.',
        speakerName: 'Jilel Helel',
        sourceLocale: 'en',
      },
    })
    quoteId = quote.id
    const body = lexicalBody([
      { type: 'paragraph', text: 'Forty herders tried the pumps this summer.' },
      { type: 'pullQuote', quoteId },
      { type: 'paragraph', text: 'The pumps run on sunlight alone.' },
    ]) as unknown as Body
    body.root.children.splice(1, 0, {
      type: 'heading',
      tag: 'h2',
      children: [text('A summer on the steppe')],
    } as Node)
    body.root.children.push({
      type: 'upload',
      version: 3,
      format: '',
      id: 'upload-node-1',
      fields: null,
      relationTo: 'media',
      value: mediaId,
    } as unknown as Node)
    await payload.update({
      collection: 'articles',
      id: articleId,
      locale: 'en',
      user: editor,
      overrideAccess: false,
      data: { body: body as never, dek: 'Forty herders, one summer', _status: 'published' },
    })
    // As the admin reads the source for a translation: ids, not the records they point to.
    const stored = await payload.findByID({ collection: 'articles', id: articleId, locale: 'en', depth: 0 })
    sourceBody = stored.body as unknown as Body
  })
  afterAll(async () => {
    await payload?.destroy()
  })

  it('gives a new translation the source’s headings, paragraphs, pull quote and image in order, with none of its words', () => {
    const skeleton = bodySkeleton(sourceBody) as Body
    expect(skeleton.root.children.map((node) => node.type)).toEqual(sourceBody.root.children.map((node) => node.type))
    expect(skeleton.root.children.map((node) => node.type)).toEqual([
      'paragraph',
      'heading',
      'block',
      'paragraph',
      'upload',
    ])
    expect(skeleton.root.children[1]?.tag).toBe('h2')
    expect(skeleton.root.children[2]?.fields?.quote).toBe(quoteId)
    expect(skeleton.root.children[4]?.value).toBe(mediaId)
    expect(lexicalToPlainText(skeleton)).toBe('')
    expect(isSkeletonOnly(skeleton)).toBe(true)
    expect(isSkeletonOnly(sourceBody)).toBe(false)
    expect(bodySkeleton(null)).toBeNull()
  })

  it('keeps a half-started translation (a headline and the bare structure) from readers and from counting as finished', async () => {
    const skeleton = bodySkeleton(sourceBody) as Body
    await saveAsTranslator({ title: 'Малшылар күн сорғысын сынады', body: skeleton, translationStatus: 'in-progress' })
    expect((await kkDraft()).body?.root.children.map((node) => node.type)).toEqual([
      'paragraph',
      'heading',
      'block',
      'paragraph',
      'upload',
    ])

    // Marking the bare structure ready for review is refused, with the reason, and changes nothing.
    await expect(saveAsTranslator({ translationStatus: 'ready' })).rejects.toThrow(
      newsroomAdminStrings.en.skeletonNotFinished,
    )
    // So is an editor's "Publish in Қазақша" (which would set the state to published).
    await expect(
      payload.update({
        collection: 'articles',
        id: articleId,
        locale: 'kk',
        user: editor,
        overrideAccess: false,
        publishSpecificLocale: 'kk',
        data: { _status: 'published' },
      }),
    ).rejects.toThrow(newsroomAdminStrings.en.skeletonNotFinished)
    expect((await kkDraft()).translationStatus).toBe('in-progress')

    // "Publish" in English puts every draft in the published document; Kazakh readers still get nothing.
    await payload.update({
      collection: 'articles',
      id: articleId,
      locale: 'en',
      user: editor,
      overrideAccess: false,
      data: { _status: 'published' },
    })
    const reader = (await payload.findByID({
      collection: 'articles',
      id: articleId,
      locale: 'kk',
      fallbackLocale: false,
      overrideAccess: false,
      depth: 0,
    })) as unknown as { title?: string | null; body?: unknown }
    expect(reader.title ?? null).toBeNull()
    expect(reader.body ?? null).toBeNull()
    const kk = (await languageStates(payload, 'articles', articleId)).find((row) => row.locale === 'kk')
    expect(kk).toMatchObject({ state: 'in-progress', live: false })
  })

  it('accepts the translation as ready once its text is written into the structure', async () => {
    const filled = fillIn(bodySkeleton(sourceBody) as Body, [
      'Қырық малшы жазда сорғыларды сынады.',
      'Далада өткен жаз',
      'Сорғылар тек күн қуатымен жұмыс істейді.',
    ])
    await saveAsTranslator({ body: filled, dek: 'Қырық малшы, бір жаз', translationStatus: 'ready' })
    const draft = await kkDraft()
    expect(draft.translationStatus).toBe('ready')
    expect(draft.body?.root.children.map((node) => node.type)).toEqual([
      'paragraph',
      'heading',
      'block',
      'paragraph',
      'upload',
    ])
    expect(await sourceChangesSince(payload, articleId, 'kk', articleSourceFields)).toBeNull()
  })

  it('after the source changes, gives the word-level changes since the version the translation was made from', async () => {
    const changedBody = structuredClone(sourceBody)
    const first = changedBody.root.children[0] as Node
    first.children = [text('Fifty herders tried the pumps this summer.')]
    await payload.update({
      collection: 'articles',
      id: articleId,
      locale: 'en',
      user: editor,
      overrideAccess: false,
      draft: true,
      data: { body: changedBody as never, dek: 'Fifty herders, one summer' },
    })

    const changes = await sourceChangesSince(payload, articleId, 'kk', articleSourceFields)
    expect(changes).not.toBeNull()
    expect(changes?.sourceLocale).toBe('en')
    expect(changes?.versionId).not.toBeNull()
    expect(Number.isNaN(Date.parse(String(changes?.since)))).toBe(false)
    expect(changes?.fields.map((field) => field.field)).toEqual(['dek', 'body'])
    const body = changes?.fields.find((field) => field.field === 'body')?.changes ?? []
    expect(body.filter((part) => part.removed).map((part) => part.value.trim())).toEqual(['Forty'])
    expect(body.filter((part) => part.added).map((part) => part.value.trim())).toEqual(['Fifty'])
    // Old → new reads back as the two texts.
    expect(
      body
        .filter((part) => !part.added)
        .map((part) => part.value)
        .join(''),
    ).toContain('Forty herders tried the pumps this summer.')
    expect(
      body
        .filter((part) => !part.removed)
        .map((part) => part.value)
        .join(''),
    ).toContain('Fifty herders tried the pumps this summer.')
    const states = await languageStates(payload, 'articles', articleId)
    expect(states.find((row) => row.locale === 'kk')?.state).toBe('outdated')

    // Marked ready again after revising: nothing left to show.
    await saveAsTranslator({ translationStatus: 'in-progress' })
    await saveAsTranslator({ dek: 'Елу малшы, бір жаз', translationStatus: 'ready' })
    expect(await sourceChangesSince(payload, articleId, 'kk', articleSourceFields)).toBeNull()
  })

  it('says the earlier source is gone when the version history no longer holds it, rather than showing a wrong diff', async () => {
    const { translationFingerprint } = (await payload.findByID({
      collection: 'articles',
      id: articleId,
      locale: 'kk',
      draft: true,
      depth: 0,
    })) as unknown as { translationFingerprint: string }
    await payload.update({
      collection: 'articles',
      id: articleId,
      locale: 'en',
      user: editor,
      overrideAccess: false,
      draft: true,
      data: { dek: 'Sixty herders, one summer' },
    })
    expect((await sourceChangesSince(payload, articleId, 'kk', articleSourceFields))?.fields.length).toBe(1)
    // What `versions.maxPerDoc` does to a busy story: the versions of that time are dropped.
    await payload.db.deleteVersions({
      collection: 'articles',
      where: {
        and: [{ parent: { equals: articleId } }, { 'version.sourceFingerprint': { equals: translationFingerprint } }],
      },
    })
    expect(await sourceChangesSince(payload, articleId, 'kk', articleSourceFields)).toEqual({
      sourceLocale: 'en',
      versionId: null,
      since: null,
      fields: [],
    })
  })

  it('names the language an image was described in, so its alt text and caption can be shown beside a translation', async () => {
    const media = (await payload.findByID({ collection: 'media', id: mediaId, locale: 'kk', depth: 0 })) as {
      sourceLocale?: string | null
    }
    expect(media.sourceLocale).toBe('en')
  })
})
