import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  createLocalReq,
  getLocalI18n,
  handleEndpoints,
  type Payload,
  type PayloadRequest,
  type SanitizedConfig,
} from 'payload'

import { schedulePublishForPublishers } from '@/admin/schedulePublishGuard'
import { articleAlternates, articleBySlug, latestArticles } from '@/content/articles'
import { readerContext } from '@/content/readingContext'
import { type NewsroomMessageKey, newsroomAdminStrings } from '@/i18n/admin/newsroom'
import { type Locale, localeCodes } from '@/i18n/locales'
import { onDatabase, testPayload } from '../helpers/payload'
import { makeUser } from '../helpers/users'

type User = Awaited<ReturnType<typeof makeUser>>
type Answer = { status: number; body: Record<string, unknown> }

const PASSWORD = 'correct horse battery staple'
const headlines: Record<Locale, string> = {
  en: 'Herders and scientists count snow leopards together',
  zh: '牧民与科学家共同统计雪豹',
  ru: 'Пастухи и учёные вместе считают снежных барсов',
  kk: 'Малшылар мен ғалымдар ілбістерді бірге санайды',
  mn: 'Малчид, эрдэмтэд ирвэсийг хамтдаа тоолж байна',
}

/**
 * Everything a reader gets in every language: the article page (what `[locale]/articles/[slug]`
 * reads), the language switcher and the home page list. "Unchanged for readers" compares these.
 */
async function readerView(payload: Payload, id: number) {
  const alternates = await articleAlternates(readerContext(payload), id)
  const pages: Record<string, unknown> = {}
  for (const locale of localeCodes) {
    const slug = alternates[locale]
    const lookup = slug ? await articleBySlug(readerContext(payload), locale, slug) : { kind: 'none' as const }
    pages[locale] =
      lookup.kind === 'found'
        ? {
            kicker: lookup.article.kicker,
            title: lookup.article.title,
            dek: lookup.article.dek,
            status: lookup.article._status,
            publishedAt: lookup.article.publishedAt,
          }
        : lookup.kind
    const latest = await latestArticles(payload, locale)
    pages[`${locale}:latest`] = latest.docs.map((doc) => [doc.id, doc.title])
  }
  return { alternates, pages }
}

describe(onDatabase('a translator never changes publication state, by any path'), () => {
  let payload: Payload
  let config: SanitizedConfig
  let editor: User
  let kazakh: User
  let kazakhToken: string
  let articleId: number
  let before: Awaited<ReturnType<typeof readerView>>

  const kk = (key: NewsroomMessageKey) => newsroomAdminStrings.kk[key]

  /**
   * The headers the admin sends for the translator: their token and their admin language, which
   * Payload reads from its `payload-lng` cookie (its Accept-Language detection knows no kk or mn).
   */
  const asKazakh = (language: string) => ({
    Authorization: `JWT ${kazakhToken}`,
    Cookie: `payload-lng=${language}`,
    'Accept-Language': language,
  })

  /** Payload's REST handler (what /api/* runs in the site), as the translator, with their admin language. */
  async function rest(method: string, path: string, body?: unknown, language = 'kk'): Promise<Answer> {
    const headers: Record<string, string> = asKazakh(language)
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    const request = new Request(`http://localhost/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const response = await handleEndpoints({ config, request })
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
  }
  const restMessage = (answer: Answer) => (answer.body.errors as { message: string }[] | undefined)?.[0]?.message

  /** Payload's GraphQL route handler, as the translator, in Kazakh. */
  async function graphQL(query: string): Promise<{ message?: string; status?: number; data: unknown }> {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const request = new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: { ...asKazakh('kk'), 'Content-Type': 'application/json' },
      body: JSON.stringify({ query }),
    })
    const json = (await (await GRAPHQL_POST(config)(request)).json()) as {
      data: unknown
      errors?: { message: string; extensions?: { statusCode?: number } }[]
    }
    return { message: json.errors?.[0]?.message, status: json.errors?.[0]?.extensions?.statusCode, data: json.data }
  }

  /** The local API's request for a signed-in person whose admin speaks `language`. */
  async function requestAs(user: User, language: 'en' | 'kk'): Promise<PayloadRequest> {
    // kk is one of our admin languages (payload.config.ts), not one Payload ships, hence the cast.
    const i18n = await getLocalI18n({ config: payload.config, language: language as 'en' })
    return createLocalReq({ user, req: { i18n } }, payload)
  }

  async function expectRefusedAndReadersUnchanged(attempt: () => Promise<unknown>, message: string | RegExp) {
    await expect(attempt()).rejects.toThrow(message)
    expect(await readerView(payload, articleId)).toEqual(before)
  }

  beforeAll(async () => {
    payload = await testPayload()
    config = await (await import('../../payload.config')).default
    editor = await makeUser(payload, 'editor')
    kazakh = await makeUser(payload, 'translator', { translatorLocales: ['kk'] })
    kazakhToken = (await payload.login({ collection: 'users', data: { email: kazakh.email, password: PASSWORD } }))
      .token as string
    const article = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: {
        title: headlines.en,
        dek: 'A census across the border',
        sourceLocale: 'en',
        _status: 'published',
        publishedAt: '2025-05-20T08:00:00.000Z',
      },
    })
    articleId = article.id
    for (const locale of ['zh', 'ru', 'kk', 'mn'] as const) {
      await payload.update({
        collection: 'articles',
        id: articleId,
        locale,
        data: { title: headlines[locale], translationStatus: 'published', _status: 'published' },
      })
    }
    before = await readerView(payload, articleId)
  })
  afterAll(async () => {
    await payload?.destroy()
  })

  it('starts from an article readers can open in all five languages', () => {
    expect(Object.keys(before.alternates)).toEqual(['en', 'zh', 'ru', 'kk', 'mn'])
    for (const locale of localeCodes)
      expect(before.pages[locale]).toMatchObject({ title: headlines[locale], status: 'published' })
  })

  describe('over REST, answered 403 in Kazakh', () => {
    it('refuses taking the article offline ({"_status":"draft"} without draft=true), the hole of issue 11', async () => {
      const answer = await rest('PATCH', `/articles/${articleId}?locale=kk`, { _status: 'draft' })
      expect([answer.status, restMessage(answer)]).toEqual([403, kk('translatorMayNotChangePublication')])
      expect(await readerView(payload, articleId)).toEqual(before)
    })

    it('refuses every other way of writing the published version: a plain save, draft=false, unpublishAllLocales', async () => {
      for (const [path, body] of [
        [`/articles/${articleId}?locale=kk`, { title: 'Тікелей өзгеріс' }],
        [`/articles/${articleId}?locale=kk&draft=false`, { title: 'Тікелей өзгеріс' }],
        [`/articles/${articleId}?locale=kk&draft=true&unpublishAllLocales=true`, { title: 'Тікелей өзгеріс' }],
        [`/articles/${articleId}?locale=kk&draft=true`, { _status: 'archived' }],
      ] as const) {
        const answer = await rest('PATCH', path, body)
        expect([path, answer.status, restMessage(answer)]).toEqual([path, 403, kk('translatorMayNotChangePublication')])
      }
      expect(await readerView(payload, articleId)).toEqual(before)
    })

    it('refuses publishing: _status "published", "Publish in Қазақша" (publishSpecificLocale), publishAllLocales and "Revert to published"', async () => {
      const published = await payload.findByID({ collection: 'articles', id: articleId, locale: 'kk', depth: 0 })
      for (const [path, body] of [
        // What the admin's "Revert to published" sends: the published document, without draft=true.
        [`/articles/${articleId}?locale=kk&fallback-locale=null&depth=0`, published],
        [`/articles/${articleId}?locale=kk&draft=true`, { title: 'Жарияланбақ', _status: 'published' }],
        [`/articles/${articleId}?locale=kk&draft=true&publishSpecificLocale=kk`, { title: 'Жарияланбақ' }],
        [`/articles/${articleId}?locale=kk&publishAllLocales=true`, { title: 'Жарияланбақ' }],
      ] as const) {
        const answer = await rest('PATCH', path, body)
        expect([path, answer.status, restMessage(answer)]).toEqual([path, 403, kk('translatorMayNotPublish')])
      }
      expect(await readerView(payload, articleId)).toEqual(before)
    })

    it('refuses the list view’s bulk Unpublish, bulk Publish and bulk edit (PATCH with where)', async () => {
      const where = `where[id][equals]=${articleId}`
      const unpublish = await rest('PATCH', `/articles?${where}&locale=kk`, { _status: 'draft' })
      expect([unpublish.status, restMessage(unpublish)]).toEqual([403, kk('translatorMayNotChangePublication')])
      const publish = await rest('PATCH', `/articles?${where}&locale=kk&draft=true`, { _status: 'published' })
      expect([publish.status, restMessage(publish)]).toEqual([403, kk('translatorMayNotPublish')])
      const edit = await rest('PATCH', `/articles?${where}&locale=kk&draft=true`, {
        _status: 'draft',
        dek: 'Көптеп өңдеу',
      })
      expect([edit.status, restMessage(edit)]).toEqual([403, kk('translatorOneDocumentAtATime')])
      expect(await readerView(payload, articleId)).toEqual(before)
    })

    it('refuses deleting, creating and duplicating, each with its own message', async () => {
      for (const [method, path, body, key] of [
        ['DELETE', `/articles/${articleId}`, undefined, 'translatorMayNotDelete'],
        ['DELETE', `/articles?where[id][equals]=${articleId}`, undefined, 'translatorMayNotDelete'],
        ['POST', '/articles?locale=kk', { title: 'Жаңа мақала', sourceLocale: 'kk' }, 'translatorMayNotCreate'],
        ['POST', `/articles/${articleId}/duplicate?locale=kk`, {}, 'translatorMayNotCreate'],
      ] as const) {
        const answer = await rest(method, path, body)
        expect([path, answer.status, restMessage(answer)]).toEqual([path, 403, kk(key)])
      }
      expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(1)
      expect(await readerView(payload, articleId)).toEqual(before)
    })

    it('refuses restoring a version into the published document', async () => {
      const { docs } = await payload.findVersions({
        collection: 'articles',
        where: { parent: { equals: articleId } },
        sort: 'createdAt',
        limit: 1,
      })
      const answer = await rest('POST', `/articles/versions/${docs[0]?.id}?locale=kk`)
      expect([answer.status, restMessage(answer)]).toEqual([403, kk('translatorMayNotChangePublication')])
      expect(await readerView(payload, articleId)).toEqual(before)
    })

    it('names the other language and the shared field, with the field’s Kazakh label', async () => {
      const russian = await rest('PATCH', `/articles/${articleId}?locale=ru&draft=true`, { title: 'Взлом' })
      expect([russian.status, restMessage(russian)]).toEqual([
        403,
        'Сіз тек мына тілдерге аударасыз: Қазақша. Бұл өзгеріс басқа тілде: Русский.',
      ])
      const publishedAt = payload.collections.articles.config.fields.find(
        (field) => 'name' in field && field.name === 'publishedAt',
      ) as { label: Record<string, string> }
      const shared = await rest('PATCH', `/articles/${articleId}?locale=kk&draft=true`, {
        publishedAt: '2031-01-01T00:00:00.000Z',
      })
      expect([shared.status, restMessage(shared)]).toEqual([
        403,
        newsroomAdminStrings.kk.translatorSharedField.replace('{{field}}', publishedAt.label.kk),
      ])
      expect(await readerView(payload, articleId)).toEqual(before)
    })

    it('answers in the translator’s admin language, whichever it is', async () => {
      for (const language of ['en', 'zh', 'ru', 'mn'] as const) {
        const answer = await rest('PATCH', `/articles/${articleId}?locale=kk`, { _status: 'draft' }, language)
        expect(restMessage(answer)).toBe(newsroomAdminStrings[language].translatorMayNotChangePublication)
      }
    })
  })

  describe('over GraphQL, answered 403 in Kazakh', () => {
    it('refuses unpublishing, publishing, deleting and restoring a version', async () => {
      const { docs } = await payload.findVersions({
        collection: 'articles',
        where: { parent: { equals: articleId } },
        sort: 'createdAt',
        limit: 1,
      })
      for (const [query, key] of [
        [
          `mutation { updateArticle(id: ${articleId}, locale: kk, data: { _status: draft }) { id } }`,
          'translatorMayNotChangePublication',
        ],
        [
          `mutation { updateArticle(id: ${articleId}, locale: kk, data: { title: "Тікелей" }) { id } }`,
          'translatorMayNotChangePublication',
        ],
        [
          `mutation { updateArticle(id: ${articleId}, locale: kk, draft: true, data: { _status: published }) { id } }`,
          'translatorMayNotPublish',
        ],
        [`mutation { deleteArticle(id: ${articleId}) { id } }`, 'translatorMayNotDelete'],
        [`mutation { restoreVersionArticle(id: ${docs[0]?.id}) { id } }`, 'translatorMayNotChangePublication'],
      ] as const) {
        const answer = await graphQL(query)
        expect([query, answer.status, answer.message]).toEqual([query, 403, kk(key)])
      }
      expect(await readerView(payload, articleId)).toEqual(before)
    })
  })

  describe('over the local API with the translator as user (with and without access control)', () => {
    it('refuses draft=false saves, unpublishing, publishing one or all languages, and bulk changes', async () => {
      for (const overrideAccess of [false, true]) {
        const as = { collection: 'articles', locale: 'kk', user: kazakh, overrideAccess } as const
        await expectRefusedAndReadersUnchanged(
          () => payload.update({ ...as, id: articleId, data: { _status: 'draft' } }),
          'cannot unpublish',
        )
        await expectRefusedAndReadersUnchanged(
          () => payload.update({ ...as, id: articleId, draft: false, data: { title: 'Тікелей' } }),
          'cannot unpublish',
        )
        await expectRefusedAndReadersUnchanged(
          () => payload.update({ ...as, id: articleId, draft: true, unpublishAllLocales: true, data: {} }),
          'cannot unpublish',
        )
        await expectRefusedAndReadersUnchanged(
          () =>
            payload.update({
              ...as,
              id: articleId,
              draft: true,
              publishSpecificLocale: 'kk',
              data: { title: 'Жарияланбақ' },
            }),
          'cannot publish',
        )
        await expectRefusedAndReadersUnchanged(
          () => payload.update({ ...as, id: articleId, publishAllLocales: true, data: { title: 'Жарияланбақ' } }),
          'cannot publish',
        )
        await expectRefusedAndReadersUnchanged(
          () => payload.update({ ...as, where: { id: { equals: articleId } }, data: { _status: 'draft' } }),
          'cannot unpublish',
        )
        await expectRefusedAndReadersUnchanged(() => payload.delete({ ...as, id: articleId }), 'cannot delete')
        await expectRefusedAndReadersUnchanged(() => payload.duplicate({ ...as, id: articleId }), 'cannot create')
      }
    })

    it('gives the refusal in the language of the request', async () => {
      const req = await requestAs(kazakh, 'kk')
      await expect(
        payload.update({ collection: 'articles', id: articleId, locale: 'kk', data: { _status: 'draft' }, req }),
      ).rejects.toThrow(kk('translatorMayNotChangePublication'))
    })
  })

  describe('scheduled publishing', () => {
    const jobs = async () =>
      (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, limit: 0 }))
        .docs

    it('does not let a translator queue a scheduled publish or unpublish from the admin, and says so in Kazakh', async () => {
      const req = await requestAs(kazakh, 'kk')
      const base = {
        req,
        importMap: {},
        cookies: new Map(),
        locale: undefined,
        permissions: {} as never,
        user: req.user,
      }
      for (const type of ['publish', 'unpublish'] as const) {
        const answer = await schedulePublishForPublishers({
          ...base,
          type,
          date: new Date(Date.now() + 60_000),
          doc: { relationTo: 'articles', value: String(articleId) },
          localeToPublish: type === 'publish' ? 'kk' : undefined,
        } as never)
        expect(answer).toEqual({ error: kk('translatorMayNotSchedule') })
      }
      expect(await jobs()).toEqual([])
    })

    it('lets an editor schedule through the same server function, and a translator cannot delete what was scheduled', async () => {
      const editorReq = await requestAs(editor, 'en')
      const scheduled = await schedulePublishForPublishers({
        req: editorReq,
        type: 'unpublish',
        date: new Date(Date.now() + 86_400_000),
        doc: { relationTo: 'articles', value: String(articleId) },
      } as never)
      expect(scheduled).toEqual({ message: expect.any(String) })
      const [job] = await jobs()
      expect(job?.input).toMatchObject({ type: 'unpublish', user: { relationTo: 'users', value: editor.id } })
      const req = await requestAs(kazakh, 'kk')
      expect(await schedulePublishForPublishers({ req, deleteID: job?.id } as never)).toEqual({
        error: kk('translatorMayNotSchedule'),
      })
      expect((await jobs()).map((one) => one.id)).toEqual([job?.id])
      await payload.delete({ collection: 'payload-jobs', id: job?.id as number })
    })

    it('never lets a job queued in a translator’s name (by any other path) change what readers see: the job fails when it runs', async () => {
      for (const type of ['unpublish', 'publish'] as const) {
        await payload.jobs.queue({
          task: 'schedulePublish',
          input: {
            type,
            locale: type === 'publish' ? 'kk' : undefined,
            doc: { relationTo: 'articles', value: String(articleId) },
            user: { relationTo: 'users', value: kazakh.id },
          },
          waitUntil: new Date(Date.now() - 1000),
        } as never)
      }
      await payload.jobs.run()
      expect(await readerView(payload, articleId)).toEqual(before)
      const ran = await jobs()
      expect(ran).toHaveLength(2)
      for (const job of ran) expect(job.hasError).toBe(true)
    })
  })

  describe('a translator’s ordinary work', () => {
    it('saves a Kazakh draft (REST, as the admin’s Save draft sends it) without changing the published version readers see', async () => {
      const answer = await rest('PATCH', `/articles/${articleId}?locale=kk&draft=true&depth=0`, {
        title: 'Ілбіс санағы (жоба)',
        translationStatus: 'ready',
        _status: 'draft',
      })
      expect(answer.status).toBe(200)
      const latest = await payload.findByID({
        collection: 'articles',
        id: articleId,
        locale: 'kk',
        draft: true,
        depth: 0,
      })
      expect([latest.title, latest.translationStatus]).toEqual(['Ілбіс санағы (жоба)', 'ready'])
      expect(await readerView(payload, articleId)).toEqual(before)
    })

    it('saves a Kazakh draft over the local API with access control on', async () => {
      const saved = await payload.update({
        collection: 'articles',
        id: articleId,
        locale: 'kk',
        draft: true,
        overrideAccess: false,
        user: kazakh,
        data: { dek: 'Шекара бойындағы санақ' },
      })
      expect(saved.dek).toBe('Шекара бойындағы санақ')
      expect(await readerView(payload, articleId)).toEqual(before)
    })

    it('is asked by the admin for publish rights with _status "published" and told no, while editors are told yes', async () => {
      const access = payload.collections.articles.config.access.update
      const kazakhReq = await createLocalReq({ user: kazakh, locale: 'kk' }, payload)
      const editorReq = await createLocalReq({ user: editor, locale: 'kk' }, payload)
      expect(await access({ req: kazakhReq, id: articleId, data: { _status: 'draft' } })).toBe(true)
      expect(await access({ req: kazakhReq, id: articleId, data: { _status: 'published' } })).toBe(false)
      // Without a document: the list view's bulk Edit, Publish and Unpublish.
      expect(await access({ req: kazakhReq })).toBe(false)
      expect(await access({ req: editorReq, id: articleId, data: { _status: 'published' } })).toBe(true)
      expect(await access({ req: editorReq })).toBe(true)
    })

    it('still edits Kazakh quotes and organizations, which have no drafts, with a plain save', async () => {
      const organization = await payload.create({
        collection: 'organizations',
        locale: 'en',
        data: { name: 'Snow Leopard Trust', country: 'other', kind: 'ngo' },
      })
      const updated = await payload.update({
        collection: 'organizations',
        id: organization.id,
        locale: 'kk',
        overrideAccess: false,
        user: kazakh,
        data: { name: 'Ілбісті қорғау қоры' },
      })
      expect(updated.name).toBe('Ілбісті қорғау қоры')
    })
  })
})
