import { writeFile } from 'node:fs/promises'

import type { CollectionBeforeOperationHook } from 'payload'
import type { Sharp } from 'sharp'

import { unreadableImage } from './refuseUnsafeImage'

/**
 * How an upright copy is written, per format sharp reads in the upload: close to the camera's own
 * quality, since this copy is the original every crop and size is made from. PNG stays lossless.
 */
const encodeLike: Record<string, (image: Sharp) => Sharp> = {
  jpeg: (image) => image.jpeg({ quality: 92, chromaSubsampling: '4:4:4' }),
  png: (image) => image.png(),
  webp: (image) => image.webp({ quality: 92 }),
  heif: (image) => image.avif({ quality: 80 }),
}

/**
 * Stores what the editor sees. Phones write the photo sideways and an EXIF orientation (2..8) saying
 * how to turn it; browsers turn it, Payload's crop and its width/height do not (a portrait 800×1200
 * was stored as 1200×800, a crop over its top half cut the raw corner). So before Payload reads the
 * upload, an image with an orientation other than 1 is replaced by its upright pixels (sharp's
 * `autoOrient`) with no orientation tag: its width and height, crop, focal point and sizes are then
 * all in the displayed orientation. The colour profile is kept; the rest of the EXIF (camera, GPS)
 * is dropped with the tag. Upright uploads are left byte for byte as they came.
 *
 * Runs after `refuseUnsafeImage`, so only images of an accepted format and size are decoded here,
 * through the configured `sharp` factory (which carries the pixel limit).
 * @throws APIError 400 "not a readable image" (in the editor's language) when the pixels cannot be
 * decoded, e.g. a truncated file whose header was fine.
 */
export const turnImageUpright: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  const sharp = req.payload.config.sharp
  if (!file || !sharp) return args
  const input = file.tempFilePath || file.data
  const { format, orientation, pages } = await sharp(input).metadata()
  const encode = encodeLike[format ?? '']
  // An animation is left as it came: turning it here would keep its first frame only.
  if (!orientation || orientation === 1 || !encode || (pages ?? 1) > 1) return args

  let upright: Buffer
  try {
    upright = await encode(sharp(input).autoOrient().keepIccProfile()).toBuffer()
  } catch {
    throw unreadableImage(req)
  }
  if (file.tempFilePath) {
    await writeFile(file.tempFilePath, upright)
  } else {
    file.data = upright
  }
  file.size = upright.length
  return args
}
