import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, it } from '@jest/globals'

import { newsroomAdminStrings } from '@/i18n/admin/newsroom'
import { hostileUploads, type UploadFile } from '../fixtures/hostile-uploads'
import { corners, phonePhoto, QUADRANTS, UPRIGHT } from '../helpers/media'
import { api, login, siteUrl } from '../helpers/site'

// The test site's media folder (scripts/run-tests.mjs); no other browser test uploads.
const mediaDir = path.resolve('tests/.tmp/media-seeded')
const mediaFiles = () => (existsSync(mediaDir) ? readdirSync(mediaDir).sort() : [])
/**
 * The files and records an upload of `name` could leave (its own name, numbered copies, sizes).
 * Other test files upload into the same folder at the same time, so only these are compared.
 */
const stem = (name: string) => name.replace(/\.[^.]+$/, '')
const filesOf = (name: string) => mediaFiles().filter((file) => file.startsWith(stem(name)))

/** An editor's admin language travels in Payload's language cookie, as after a visit to the admin. */
async function uploadOverRest(token: string, file: UploadFile, language = 'en') {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  form.append('_payload', JSON.stringify({ alt: 'Hostile upload test' }))
  const response = await fetch(`${siteUrl()}/api/media`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}`, Cookie: `payload-lng=${language}` },
    body: form,
  })
  const text = await response.text()
  let message = text
  try {
    const json = JSON.parse(text) as { errors?: { message: string }[]; doc?: { id: number; filename: string } }
    message = json.errors?.map((e) => e.message).join(' ') ?? ''
    return { status: response.status, message, doc: json.doc }
  } catch {
    return { status: response.status, message, doc: undefined }
  }
}

describe('hostile image uploads over REST, as a signed-in editor', () => {
  let token: string
  let files: Record<string, UploadFile>
  const mediaCount = async (name: string) =>
    (
      await api<{ totalDocs: number }>(
        `/media?limit=1&depth=0&where[filename][like]=${encodeURIComponent(stem(name))}`,
        { token },
      )
    ).body.totalDocs

  beforeAll(async () => {
    token = await login('editor')
    files = await hostileUploads()
  }, 120_000)

  it('accepts a real photo, writes it with its sizes, and deletes it again', async () => {
    const photo = files.photo as UploadFile
    const before = filesOf(photo.name)
    const { status, doc } = await uploadOverRest(token, photo)
    expect(status).toBe(201)
    expect(mediaFiles()).toContain(doc?.filename)
    expect((await api(`/media/${doc?.id}`, { method: 'DELETE', token })).status).toBe(200)
    expect(filesOf(photo.name)).toEqual(before)
  })

  it.each([
    [
      'a PNG header declaring 100 000 × 100 000 pixels',
      'headerBomb',
      400,
      /100000 × 100000 pixels; at most 50 megapixels/,
    ],
    ['a 7200 × 7200 one-colour PNG that compresses to kilobytes', 'compressedGiant', 400, /7200 × 7200 pixels/],
    ['a web page named .png', 'htmlAsPng', 400, /not a readable image/],
    ['a JPEG named .png and declared image/png', 'jpegAsPng', 400, /but its content is JPEG/],
    ['an SVG with script', 'svgWithScript', 400, /SVG files cannot be uploaded/],
    ['an SVG named .png', 'svgAsPng', 400, /SVG files cannot be uploaded/],
    ['a 50 MB file', 'fiftyMegabytes', 413, /limit/i],
  ])(
    'refuses %s with a clear message; the site keeps answering and nothing is left behind',
    async (_label, key, status, message) => {
      const upload = files[key] as UploadFile
      const before = { files: filesOf(upload.name), docs: await mediaCount(upload.name) }
      const answer = await uploadOverRest(token, upload)
      expect(answer.status).toBe(status)
      expect(answer.message).toMatch(message)
      expect((await fetch(`${siteUrl()}/en`)).status).toBe(200)
      expect(filesOf(upload.name)).toEqual(before.files)
      expect(await mediaCount(upload.name)).toBe(before.docs)
    },
    60_000,
  )

  it('a phone photo shot sideways is served upright, with the width and height the editor sees', async () => {
    const phone = { name: 'sideways-phone-photo.jpg', mimetype: 'image/jpeg', data: await phonePhoto(6) }
    const { status, doc } = await uploadOverRest(token, phone)
    expect(status).toBe(201)
    const { body } = await api<{ width: number; height: number; url: string }>(`/media/${doc?.id}?depth=0`, { token })
    expect({ width: body.width, height: body.height }).toEqual(UPRIGHT)
    const served = Buffer.from(await (await fetch(new URL(body.url, siteUrl()))).arrayBuffer())
    expect(await corners(served)).toEqual(QUADRANTS)
    expect((await api(`/media/${doc?.id}`, { method: 'DELETE', token })).status).toBe(200)
  })

  it('words the refusal in the editor’s admin language', async () => {
    const kk = await uploadOverRest(token, files.headerBomb as UploadFile, 'kk')
    expect(kk.status).toBe(400)
    expect(kk.message).toBe(
      newsroomAdminStrings.kk.imageTooManyPixels
        .replace('{{width}}', '100000')
        .replace('{{height}}', '100000')
        .replace('{{max}}', '50'),
    )
    expect(kk.message).toMatch(/^Суреттің өлшемі/)
    const zh = await uploadOverRest(token, files.svgWithScript as UploadFile, 'zh')
    expect(zh.message).toBe('不能上传 SVG 文件。请上传 JPEG、PNG、WebP 或 AVIF 格式的图片。')
  })
})
