import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import sharp, { type Metadata } from 'sharp'

import { type NewsroomMessageKey, newsroomMessage } from '@/i18n/admin/newsroom'

/** Larger files are refused before anything is decoded or written (REST stops reading at this size too). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024
/** About 50 megapixels: every newsroom camera fits; a few-kilobyte "image bomb" declaring 100 000² pixels does not. */
export const MAX_IMAGE_PIXELS = 50_000_000

/** What sharp reads in the file, and the declared types and extensions that may name it. */
const acceptedFormats: Record<string, { mimeTypes: string[]; extensions: string[]; name: string }> = {
  jpeg: { mimeTypes: ['image/jpeg'], extensions: ['jpg', 'jpeg'], name: 'JPEG' },
  png: { mimeTypes: ['image/png'], extensions: ['png'], name: 'PNG' },
  webp: { mimeTypes: ['image/webp'], extensions: ['webp'], name: 'WebP' },
  heif: { mimeTypes: ['image/avif'], extensions: ['avif'], name: 'AVIF' },
}

// With data attached, Payload answers with our message; without it a production build says "An unknown error occurred."
const refuse = (
  req: PayloadRequest,
  status: number,
  key: NewsroomMessageKey,
  values: Record<string, string | number> = {},
) => new APIError(newsroomMessage(req, key, values), status, { field: 'file', ...values }, true)

/** The refusal of a file whose pixels cannot be read (400, in the editor's admin language). */
export const unreadableImage = (req: PayloadRequest): APIError => refuse(req, 400, 'imageUnreadable')

/**
 * Reads only the image header (sharp's metadata decodes no pixels) and refuses, before Payload
 * decodes, resizes or writes anything: oversized files, files that are no image, formats we do
 * not take (SVG can carry script), content that is not what its name and type say, and images
 * whose declared pixel count would take gigabytes to decode.
 */
export const refuseUnsafeImage: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const size = file.size || file.data?.length || 0
  if (size > MAX_UPLOAD_BYTES) throw refuse(req, 413, 'imageTooLarge', { max: MAX_UPLOAD_BYTES / 1024 / 1024 })

  let metadata: Metadata
  try {
    metadata = await sharp(file.tempFilePath || file.data, { limitInputPixels: false }).metadata()
  } catch {
    throw unreadableImage(req)
  }
  const format = acceptedFormats[metadata.format ?? '']
  if (!format) throw refuse(req, 400, 'imageFormatNotAllowed', { format: String(metadata.format ?? '?').toUpperCase() })

  const extension = file.name.includes('.') ? (file.name.split('.').pop() ?? '').toLowerCase() : ''
  const declaredType = (file.mimetype ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  const typeAgrees =
    !declaredType || declaredType === 'application/octet-stream' || format.mimeTypes.includes(declaredType)
  const extensionAgrees = format.extensions.includes(extension)
  if (!typeAgrees || !extensionAgrees) {
    const declared = [extension && `.${extension}`, declaredType].filter(Boolean).join(', ') || '?'
    throw refuse(req, 400, 'imageTypeMismatch', { declared, actual: format.name })
  }

  const width = metadata.width ?? 0
  const height = metadata.height ?? 0
  if (width * height > MAX_IMAGE_PIXELS) {
    throw refuse(req, 400, 'imageTooManyPixels', { width, height, max: Math.floor(MAX_IMAGE_PIXELS / 1_000_000) })
  }
  return args
}
