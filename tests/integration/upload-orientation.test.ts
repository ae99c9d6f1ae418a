import { existsSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import sharp from 'sharp'

import { HeroImage } from '@/components/HeroImage'
import { articleBySlug } from '@/content/articles'
import { mediaPath } from '@/content/mediaPath'
import { readerContext } from '@/content/readingContext'
import type { Article, Media, User } from '@/payload-types'
import { corners, cropQuery, phonePhoto, QUADRANTS, restAs, UPRIGHT } from '../helpers/media'
import { onDatabase, testPayload } from '../helpers/payload'
import { makeUser } from '../helpers/users'

const stored = (name?: string | null) => path.join(process.env.MEDIA_DIR as string, name ?? '')

describe(onDatabase('photos from phones are stored as the editor sees them'), () => {
  let payload: Payload
  let editor: User & { collection: 'users' }

  beforeAll(async () => {
    payload = await testPayload({ base: 'seeded' })
    editor = await makeUser(payload, 'editor')
  }, 120_000)
  afterAll(async () => {
    await payload?.destroy()
  })

  const upload = async (orientation: number, name = `phone-${orientation}.jpg`, data?: Buffer) =>
    (await payload.create({
      collection: 'media',
      data: { alt: `Phone photo, orientation ${orientation}` },
      file: { name, mimetype: 'image/jpeg', data: data ?? (await phonePhoto(orientation)), size: 0 },
      user: editor,
      overrideAccess: false,
    })) as Media

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'a JPEG with EXIF orientation %i is stored upright, with its displayed width and height, and so are all its sizes',
    async (orientation) => {
      const doc = await upload(orientation)
      expect({ width: doc.width, height: doc.height }).toEqual(UPRIGHT)

      const original = await sharp(stored(doc.filename)).metadata()
      expect(original.orientation ?? 1).toBe(1)
      expect({ width: original.width, height: original.height }).toEqual(UPRIGHT)
      expect(await corners(stored(doc.filename))).toEqual(QUADRANTS)

      const sizes = Object.entries(doc.sizes ?? {}).filter(([, size]) => size?.filename)
      expect(sizes.map(([name]) => name).sort()).toEqual(['card', 'cardAvif', 'hero', 'heroAvif', 'og', 'thumbnail'])
      for (const [name, size] of sizes) {
        const file = stored(size?.filename)
        const meta = await sharp(file).metadata()
        expect({ name, orientation: meta.orientation ?? 1, width: meta.width, height: meta.height }).toEqual({
          name,
          orientation: 1,
          width: size?.width,
          height: size?.height,
        })
        // Every size is a wide centre cut of the portrait: the top quadrants above, the bottom ones below.
        expect({ name, ...(await corners(file)) }).toEqual({ name, ...QUADRANTS })
      }
    },
    60_000,
  )

  it.each([6, 8, 3, 5])(
    'a crop over the top half of a phone photo with orientation %i keeps the top half of what the editor saw',
    async (orientation) => {
      const doc = await upload(orientation, `crop-${orientation}.jpg`)
      const half = { width: UPRIGHT.width, height: UPRIGHT.height / 2 }
      const answer = await restAs(
        payload,
        editor,
        'PATCH',
        `/media/${doc.id}${cropQuery({ x: 0, y: 0, width: 100, height: 50 }, half)}`,
        {},
      )
      expect(answer.status).toBe(200)
      const cropped = (await payload.findByID({ collection: 'media', id: doc.id, depth: 0 })) as Media
      expect({ width: cropped.width, height: cropped.height }).toEqual(half)
      const top = { topLeft: 'red', topRight: 'green', bottomLeft: 'red', bottomRight: 'green' }
      expect(await corners(stored(cropped.filename))).toEqual(top)
      expect(await sharp(stored(cropped.filename)).metadata()).toMatchObject(half)
      for (const size of Object.values(cropped.sizes ?? {}).filter((s) => s?.filename)) {
        expect(await corners(stored(size?.filename))).toEqual(top)
      }
    },
    60_000,
  )

  it('a focal point chosen near the top of a sideways-shot portrait keeps the top of what the editor saw in every wide size', async () => {
    const doc = await upload(6, 'focal-6.jpg')
    // The top 5 % of the picture, chosen in the admin's focal-point tool (sent as upload edits).
    const query = new URLSearchParams({
      depth: '0',
      'uploadEdits[focalPoint][x]': '50',
      'uploadEdits[focalPoint][y]': '5',
    })
    const answer = await restAs(payload, editor, 'PATCH', `/media/${doc.id}?${query.toString()}`, {})
    expect(answer.status).toBe(200)
    const updated = (await payload.findByID({ collection: 'media', id: doc.id, depth: 0 })) as Media
    expect(updated).toMatchObject({ focalX: 50, focalY: 5, ...UPRIGHT })
    const hero = stored(updated.sizes?.hero?.filename)
    expect(await corners(hero)).toEqual({ topLeft: 'red', topRight: 'green', bottomLeft: 'red', bottomRight: 'green' })
  })

  it('replacing an image with a sideways phone photo stores the new one upright, with its displayed width and height', async () => {
    const doc = await upload(
      1,
      'to-replace.jpg',
      await sharp({ create: { width: 400, height: 300, channels: 3, background: '#000' } })
        .jpeg()
        .toBuffer(),
    )
    const replaced = (await payload.update({
      collection: 'media',
      id: doc.id,
      data: {},
      file: { name: 'replacement.jpg', mimetype: 'image/jpeg', data: await phonePhoto(8), size: 0 },
      user: editor,
      overrideAccess: false,
    })) as Media
    expect({ width: replaced.width, height: replaced.height }).toEqual(UPRIGHT)
    expect(await corners(stored(replaced.filename))).toEqual(QUADRANTS)
    expect(await corners(stored(replaced.sizes?.card?.filename))).toEqual(QUADRANTS)
  })

  it('a sideways phone photo cut off in transfer is refused as unreadable, in the editor’s language, and nothing is stored', async () => {
    const whole = await phonePhoto(6)
    const cut = whole.subarray(0, Math.floor(whole.length / 2))
    const before = (await payload.count({ collection: 'media' })).totalDocs
    const answer = await restAs(
      payload,
      editor,
      'POST',
      '/media?depth=0',
      { alt: 'Cut off' },
      { name: 'cut-off.jpg', mimetype: 'image/jpeg', data: cut },
      'kk',
    )
    expect(answer.status).toBe(400)
    expect(answer.body.errors?.[0]?.message).toBe(
      'Бұл файл сурет ретінде оқылмайды. JPEG, PNG, WebP немесе AVIF пішіміндегі сурет жүктеңіз.',
    )
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before)
    expect(existsSync(stored('cut-off.jpg'))).toBe(false)
  })

  it('a photo that is upright already is stored byte for byte as it came', async () => {
    const photo = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#4a7a9c' } })
      .jpeg()
      .withMetadata({ orientation: 1 })
      .toBuffer()
    const doc = await upload(1, 'upright.jpg', photo)
    const { readFileSync } = await import('node:fs')
    expect(readFileSync(stored(doc.filename)).equals(photo)).toBe(true)
  })

  it('the article page’s picture of a small portrait phone photo declares its displayed width and height', async () => {
    // 160 × 240 as shown: too small for the card and hero cuts, so the picture falls back to the original.
    const small = await sharp(await phonePhoto(6))
      .resize({ width: 240, height: 160 })
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer()
    const doc = await upload(6, 'small-portrait.jpg', small)
    expect({ width: doc.width, height: doc.height }).toEqual({ width: 160, height: 240 })

    // The seeded story takes it as its hero, and is read as its page reads it.
    const story = (await payload.find({ collection: 'articles', locale: 'en', limit: 1, depth: 0 })).docs[0] as Article
    await payload.update({
      collection: 'articles',
      id: story.id,
      locale: 'en',
      data: { heroImage: doc.id },
      user: editor,
      overrideAccess: false,
    })
    const lookup = await articleBySlug(readerContext(payload), 'en', story.slug as string)
    if (lookup.kind !== 'found') throw new Error(`the story is ${lookup.kind}`)
    const html = renderToStaticMarkup(createElement(HeroImage, { image: lookup.article.heroImage as Media }))
    const img = /<img [^>]*>/.exec(html)?.[0] ?? ''
    // Page HTML names media root-relative, so it works on any host (decision 013).
    expect(img).toContain(`src="${mediaPath(doc.url as string)}"`)
    expect(img).toMatch(/width="160"/)
    expect(img).toMatch(/height="240"/)
  })
})
