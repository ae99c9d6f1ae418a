import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { handleEndpoints, type Payload } from 'payload'
import sharp from 'sharp'

import type { User } from '@/payload-types'

/** What an editor sees: a portrait photo, 600 × 900, in four coloured quadrants. */
export const UPRIGHT = { width: 600, height: 900 }
export const QUADRANTS = { topLeft: 'red', topRight: 'green', bottomLeft: 'blue', bottomRight: 'white' } as const
type Colour = 'red' | 'green' | 'blue' | 'white' | 'black'
const rgb: Record<Colour, [number, number, number]> = {
  red: [230, 20, 20],
  green: [20, 200, 20],
  blue: [20, 20, 230],
  white: [250, 250, 250],
  black: [0, 0, 0],
}

/**
 * A JPEG as a phone writes it with EXIF orientation `n` (1..8): the sensor's pixels as stored, plus
 * the tag saying how to turn them so that they show as the upright portrait above. The raw pixels
 * are placed by the EXIF rule for each orientation (where the 0th row and 0th column show), not by
 * sharp, so the fixture does not take the library under test at its word.
 */
export async function phonePhoto(n: number): Promise<Buffer> {
  const { width: W, height: H } = UPRIGHT
  const turned = n >= 5
  const w = turned ? H : W
  const h = turned ? W : H
  // Raw pixel (i, j) shows at (x, y) of the upright picture.
  const shownAt: Record<number, (i: number, j: number) => [number, number]> = {
    1: (i, j) => [i, j],
    2: (i, j) => [W - 1 - i, j],
    3: (i, j) => [W - 1 - i, H - 1 - j],
    4: (i, j) => [i, H - 1 - j],
    5: (i, j) => [j, i],
    6: (i, j) => [W - 1 - j, i],
    7: (i, j) => [W - 1 - j, H - 1 - i],
    8: (i, j) => [j, H - 1 - i],
  }
  const place = shownAt[n] as (i: number, j: number) => [number, number]
  const pixels = Buffer.alloc(w * h * 3)
  for (let j = 0; j < h; j += 1) {
    for (let i = 0; i < w; i += 1) {
      const [x, y] = place(i, j)
      const quadrant = `${y < H / 2 ? 'top' : 'bottom'}${x < W / 2 ? 'Left' : 'Right'}` as keyof typeof QUADRANTS
      pixels.set(rgb[QUADRANTS[quadrant]], (j * w + i) * 3)
    }
  }
  return sharp(pixels, { raw: { width: w, height: h, channels: 3 } })
    .jpeg({ quality: 95 })
    .withMetadata({ orientation: n })
    .toBuffer()
}

/** The colour nearest to the stored pixel at a fraction (0..1) of the width and height, read as stored. */
export async function colourAt(file: string | Buffer, fx: number, fy: number): Promise<Colour> {
  const { data, info } = await sharp(file).removeAlpha().raw().toBuffer({ resolveWithObject: true })
  const x = Math.min(info.width - 1, Math.floor(fx * info.width))
  const y = Math.min(info.height - 1, Math.floor(fy * info.height))
  const at = (y * info.width + x) * info.channels
  const pixel = [data[at], data[at + 1], data[at + 2]] as number[]
  const distance = (c: [number, number, number]) => c.reduce((sum, v, k) => sum + (v - (pixel[k] as number)) ** 2, 0)
  return (Object.keys(rgb) as Colour[]).reduce((best, c) => (distance(rgb[c]) < distance(rgb[best]) ? c : best))
}

/** The four corners (10 % in from each edge) of a stored image (its path or its bytes), as stored. */
export async function corners(file: string | Buffer) {
  return {
    topLeft: await colourAt(file, 0.1, 0.1),
    topRight: await colourAt(file, 0.9, 0.1),
    bottomLeft: await colourAt(file, 0.1, 0.9),
    bottomRight: await colourAt(file, 0.9, 0.9),
  }
}

/** sha256 of every file in a media folder, by name. */
export function hashFiles(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {}
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [
        name,
        createHash('sha256')
          .update(readFileSync(path.join(dir, name)))
          .digest('hex'),
      ]),
  )
}

export type RestAnswer = { status: number; body: { doc?: Record<string, unknown>; errors?: { message: string }[] } }

/**
 * A request through Payload's real REST handler (as the admin sends it: multipart with `_payload`,
 * the upload edits in the query string), signed in as `user` (made by `makeUser`), with the admin
 * language in Payload's language cookie.
 */
export async function restAs(
  payload: Payload,
  user: User,
  method: 'POST' | 'PATCH',
  pathAndQuery: string,
  data: Record<string, unknown>,
  file?: { name: string; mimetype: string; data: Buffer },
  adminLanguage = 'en',
): Promise<RestAnswer> {
  const { token } = await payload.login({
    collection: 'users',
    data: { email: user.email, password: 'correct horse battery staple' },
  })
  const form = new FormData()
  if (file) form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  form.append('_payload', JSON.stringify(data))
  const response = await handleEndpoints({
    config: Promise.resolve(payload.config),
    request: new Request(`http://localhost:3000/api${pathAndQuery}`, {
      method,
      headers: { Authorization: `JWT ${token}`, Cookie: `payload-lng=${adminLanguage}` },
      body: form,
    }),
  })
  const text = await response.text()
  return { status: response.status, body: text ? (JSON.parse(text) as RestAnswer['body']) : {} }
}

/** The query string of a crop as the admin's crop tool sends it: percentages of the shown image, and the result's pixels. */
export function cropQuery(
  crop: { x: number; y: number; width: number; height: number },
  pixels: { width: number; height: number },
  locale = 'en',
): string {
  const query = new URLSearchParams({
    depth: '0',
    'fallback-locale': 'null',
    locale,
    'uploadEdits[crop][unit]': '%',
    'uploadEdits[crop][x]': String(crop.x),
    'uploadEdits[crop][y]': String(crop.y),
    'uploadEdits[crop][width]': String(crop.width),
    'uploadEdits[crop][height]': String(crop.height),
    'uploadEdits[widthInPixels]': String(pixels.width),
    'uploadEdits[heightInPixels]': String(pixels.height),
  })
  return `?${query.toString()}`
}
