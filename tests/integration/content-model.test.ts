import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { onDatabase, testPayload } from '../helpers/payload'

describe(onDatabase('content model in five languages'), () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })
  afterAll(async () => {
    await payload?.destroy()
  })

  it('stores a headline per language and returns each language on its own', async () => {
    const article = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: { title: 'Snow returns to the Altai', sourceLocale: 'en', _status: 'published' },
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'kk',
      data: { title: 'Алтайға қар қайта түсті' },
    })
    await payload.update({ collection: 'articles', id: article.id, locale: 'zh', data: { title: '阿尔泰再次降雪' } })

    const kk = await payload.findByID({ collection: 'articles', id: article.id, locale: 'kk' })
    const zh = await payload.findByID({ collection: 'articles', id: article.id, locale: 'zh' })
    expect(kk.title).toBe('Алтайға қар қайта түсті')
    expect(zh.title).toBe('阿尔泰再次降雪')

    const all = (await payload.findByID({ collection: 'articles', id: article.id, locale: 'all' })) as unknown as {
      title: Record<string, string>
      slug: Record<string, string>
    }
    expect(all.title).toMatchObject({
      en: 'Snow returns to the Altai',
      kk: 'Алтайға қар қайта түсті',
      zh: '阿尔泰再次降雪',
    })
    expect(all.title.ru).toBeUndefined()
    expect(all.slug).toMatchObject({
      en: 'snow-returns-to-the-altai',
      kk: 'altaygha-qar-qayta-tusti',
      zh: 'a-er-tai-zai-ci-jiang-xue',
    })
  })

  it('falls back to English only when asked to, and never when fallback is off', async () => {
    const article = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: { title: 'Border crossing reopens', dek: 'Trucks move again', sourceLocale: 'en' },
    })
    const withFallback = await payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'mn',
      fallbackLocale: 'en',
    })
    const withoutFallback = await payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'mn',
      fallbackLocale: false,
    })
    expect(withFallback.title).toBe('Border crossing reopens')
    expect(withoutFallback.title ?? null).toBeNull()
  })

  it('keeps slugs unique within a language but lets two languages share one', async () => {
    const first = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: { title: 'Altai forum', sourceLocale: 'en' },
    })
    const second = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: { title: 'Altai forum', sourceLocale: 'en' },
    })
    expect(first.slug).toBe('altai-forum')
    expect(second.slug).toBe('altai-forum-2')

    // Russian may use the English slug of another article: slugs are unique per language only.
    const russian = await payload.update({
      collection: 'articles',
      id: second.id,
      locale: 'ru',
      data: { title: 'Алтайский форум', slug: 'altai-forum' },
    })
    expect(russian.slug).toBe('altai-forum')

    // A slug typed by hand that another article already has in this language is refused.
    await expect(
      payload.update({ collection: 'articles', id: second.id, locale: 'en', data: { slug: 'altai-forum' } }),
    ).rejects.toThrow()
    const unchanged = await payload.findByID({ collection: 'articles', id: second.id, locale: 'en' })
    expect(unchanged.slug).toBe('altai-forum-2')
  })
})
