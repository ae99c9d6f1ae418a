import { existsSync, readdirSync } from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { MAX_IMAGE_PIXELS } from '../../collections/hooks/refuseUnsafeImage'
import type { User } from '@/payload-types'
import { hostileUploads, type UploadFile } from '../fixtures/hostile-uploads'
import { onDatabase, testPayload } from '../helpers/payload'
import { makeUser } from '../helpers/users'

const mediaFiles = () =>
  existsSync(process.env.MEDIA_DIR as string) ? readdirSync(process.env.MEDIA_DIR as string).sort() : []

describe(onDatabase('hostile image uploads through the local API, as an editor'), () => {
  let payload: Payload
  let editor: User & { collection: 'users' }
  let files: Record<string, UploadFile>

  beforeAll(async () => {
    payload = await testPayload({ base: 'empty' })
    editor = await makeUser(payload, 'editor')
    files = await hostileUploads()
  }, 120_000)
  afterAll(async () => {
    await payload?.destroy()
  })

  const upload = (file: UploadFile) =>
    payload.create({
      collection: 'media',
      data: { alt: 'Test image' },
      file: { ...file, size: file.data.length },
      user: editor,
      overrideAccess: false,
    })

  it('accepts a real photo and writes it with its sizes (the refusals below are not refusing everything)', async () => {
    const doc = await upload(files.photo as UploadFile)
    expect(doc).toMatchObject({ mimeType: 'image/jpeg', width: 640, height: 400 })
    expect(mediaFiles()).toContain(doc.filename)
    expect(Object.values(doc.sizes ?? {}).filter((size) => size?.filename).length).toBeGreaterThan(0)
    await payload.delete({ collection: 'media', id: doc.id, user: editor, overrideAccess: false })
    expect(mediaFiles()).toEqual([])
  })

  it.each([
    [
      'a PNG header declaring 100 000 × 100 000 pixels',
      'headerBomb',
      400,
      /100000 × 100000 pixels; at most 50 megapixels/,
    ],
    [
      'a 7200 × 7200 one-colour PNG that compresses to kilobytes',
      'compressedGiant',
      400,
      /7200 × 7200 pixels; at most 50 megapixels/,
    ],
    ['a web page named .png', 'htmlAsPng', 400, /not a readable image/],
    ['a JPEG named .png and declared image/png', 'jpegAsPng', 400, /says \.png, image\/png, but its content is JPEG/],
    ['an SVG with script', 'svgWithScript', 400, /SVG files cannot be uploaded/],
    ['an SVG named .png', 'svgAsPng', 400, /SVG files cannot be uploaded/],
    ['a 50 MB file', 'fiftyMegabytes', 413, /larger than 20 MB/],
  ])('refuses %s with a clear message, leaving no file and no record behind', async (_label, key, status, message) => {
    const before = { files: mediaFiles(), docs: (await payload.count({ collection: 'media' })).totalDocs }
    const error = await upload(files[key] as UploadFile).then(
      () => null,
      (e: unknown) => e as { status?: number; message?: string },
    )
    expect(error?.status).toBe(status)
    expect(error?.message).toMatch(message)
    expect(mediaFiles()).toEqual(before.files)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before.docs)
  })

  it('keeps Payload’s own image decoding under the same pixel limit', async () => {
    const sharp = payload.config.sharp as NonNullable<typeof payload.config.sharp>
    const giant = (files.compressedGiant as UploadFile).data
    expect(7200 * 7200).toBeGreaterThan(MAX_IMAGE_PIXELS)
    await expect(sharp(giant).resize(320).toBuffer()).rejects.toThrow(/pixel limit/)
    await expect(
      sharp((files.photo as UploadFile).data)
        .resize(320)
        .toBuffer(),
    ).resolves.toBeInstanceOf(Buffer)
  })
})
