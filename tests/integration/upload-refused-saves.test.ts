import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { Media, User } from '@/payload-types'
import { hostileUploads, type UploadFile } from '../fixtures/hostile-uploads'
import { cropQuery, hashFiles, phonePhoto, restAs, UPRIGHT } from '../helpers/media'
import { onDatabase, testPayload } from '../helpers/payload'
import { makeUser } from '../helpers/users'

const topHalf = { x: 0, y: 0, width: 100, height: 50 }
const topHalfPixels = { width: UPRIGHT.width, height: UPRIGHT.height / 2 }

describe(onDatabase('a refused save of an image changes nothing on disk'), () => {
  let payload: Payload
  let editor: User & { collection: 'users' }
  let kkTranslator: User & { collection: 'users' }
  let photo: Buffer
  const mediaDir = () => process.env.MEDIA_DIR as string

  beforeAll(async () => {
    payload = await testPayload({ base: 'empty' })
    editor = await makeUser(payload, 'editor')
    kkTranslator = await makeUser(payload, 'translator', { translatorLocales: ['kk'] })
    photo = await phonePhoto(6)
  }, 120_000)
  afterAll(async () => {
    await payload?.destroy()
  })

  /** An image with English alt text only (and Kazakh too, when asked). */
  async function image(name: string, kkAlt?: string): Promise<Media> {
    const doc = (await payload.create({
      collection: 'media',
      data: { alt: 'Herders on the Altai', credit: 'Altai News' },
      file: { name, mimetype: 'image/jpeg', data: photo, size: photo.length },
      user: editor,
      overrideAccess: false,
    })) as Media
    if (kkAlt)
      await payload.update({
        collection: 'media',
        id: doc.id,
        locale: 'kk',
        data: { alt: kkAlt },
        user: editor,
        overrideAccess: false,
      })
    return doc
  }

  /** The API's view of the image's file: what the site and the admin read. */
  const fileFields = async (id: number) => {
    const doc = (await payload.findByID({ collection: 'media', id, depth: 0 })) as Media
    return { filename: doc.filename, width: doc.width, height: doc.height, filesize: doc.filesize, sizes: doc.sizes }
  }

  it('an accepted crop does rewrite the image and its sizes (so the refusals below are not vacuous)', async () => {
    const doc = await image('accepted-crop.jpg')
    const before = hashFiles(mediaDir())
    const answer = await restAs(payload, editor, 'PATCH', `/media/${doc.id}${cropQuery(topHalf, topHalfPixels)}`, {})
    expect(answer.status).toBe(200)
    const after = hashFiles(mediaDir())
    expect(after[doc.filename as string]).not.toBe(before[doc.filename as string])
    expect(await fileFields(doc.id)).toMatchObject(topHalfPixels)
  })

  it('a crop in a language whose required alt text is empty is refused with a 400, and every file and the stored size stay as they were', async () => {
    const doc = await image('kk-alt-missing.jpg')
    const before = { files: hashFiles(mediaDir()), api: await fileFields(doc.id) }
    const answer = await restAs(
      payload,
      editor,
      'PATCH',
      `/media/${doc.id}${cropQuery(topHalf, topHalfPixels, 'kk')}`,
      { alt: '' },
    )
    expect(answer.status).toBe(400)
    expect(JSON.stringify(answer.body.errors)).toMatch(/alt/i)
    expect(hashFiles(mediaDir())).toEqual(before.files)
    expect(await fileFields(doc.id)).toEqual(before.api)
  })

  it('a crop by a translator, who may not change what every language shares, is refused and leaves every file as it was', async () => {
    const doc = await image('translator-crop.jpg', 'Алтайдағы малшылар')
    const before = { files: hashFiles(mediaDir()), api: await fileFields(doc.id) }
    const inOwnLanguage = await restAs(
      payload,
      kkTranslator,
      'PATCH',
      `/media/${doc.id}${cropQuery(topHalf, topHalfPixels, 'kk')}`,
      {},
    )
    expect(inOwnLanguage.status).toBe(403)
    const inEnglish = await restAs(
      payload,
      kkTranslator,
      'PATCH',
      `/media/${doc.id}${cropQuery(topHalf, topHalfPixels, 'en')}`,
      {},
    )
    expect(inEnglish.status).toBe(403)
    expect(hashFiles(mediaDir())).toEqual(before.files)
    expect(await fileFields(doc.id)).toEqual(before.api)
  })

  it('a file replacement under a new name refused for its empty alt text keeps the old files and leaves none of the new ones', async () => {
    const doc = await image('to-replace.jpg')
    const before = { files: hashFiles(mediaDir()), api: await fileFields(doc.id) }
    const replacement = { name: 'replacement.jpg', mimetype: 'image/jpeg', data: await phonePhoto(8) }
    const emptyAlt = await restAs(
      payload,
      editor,
      'PATCH',
      `/media/${doc.id}?depth=0&locale=en`,
      { alt: '' },
      replacement,
    )
    expect(emptyAlt.status).toBe(400)
    expect(hashFiles(mediaDir())).toEqual(before.files)
    expect(await fileFields(doc.id)).toEqual(before.api)
  })

  it('a replacement by the same name refused for its empty alt text leaves the original bytes and sizes on disk', async () => {
    const doc = await image('same-name.jpg')
    const before = { files: hashFiles(mediaDir()), api: await fileFields(doc.id) }
    const sameName = { name: 'same-name.jpg', mimetype: 'image/jpeg', data: await phonePhoto(3) }
    const answer = await restAs(payload, editor, 'PATCH', `/media/${doc.id}?depth=0&locale=kk`, { alt: '' }, sameName)
    expect(answer.status).toBe(400)
    expect(hashFiles(mediaDir())).toEqual(before.files)
    expect(await fileFields(doc.id)).toEqual(before.api)
  })

  it('a new image refused for its empty alt text leaves no file behind and changes no other file', async () => {
    await image('existing.jpg')
    const before = hashFiles(mediaDir())
    const answer = await restAs(
      payload,
      editor,
      'POST',
      '/media?depth=0',
      { alt: '' },
      { name: 'refused-new.jpg', mimetype: 'image/jpeg', data: photo },
    )
    expect(answer.status).toBe(400)
    expect(hashFiles(mediaDir())).toEqual(before)
  })

  it.each([
    ['a web page named .png', 'htmlAsPng', 400],
    ['a PNG declaring 100 000 × 100 000 pixels', 'headerBomb', 400],
    ['a 50 MB file', 'fiftyMegabytes', 413],
  ])('replacing the file with %s is refused and leaves every file as it was', async (_label, key, status) => {
    const doc = await image(`unsafe-${key}.jpg`)
    const file = (await hostileUploads())[key] as UploadFile
    const before = { files: hashFiles(mediaDir()), api: await fileFields(doc.id) }
    const error = await payload
      .update({
        collection: 'media',
        id: doc.id,
        data: {},
        file: { ...file, size: file.data.length },
        user: editor,
        overrideAccess: false,
      })
      .then(
        () => null,
        (e: unknown) => e as { status?: number },
      )
    expect(error?.status).toBe(status)
    expect(hashFiles(mediaDir())).toEqual(before.files)
    expect(await fileFields(doc.id)).toEqual(before.api)
  })
})
