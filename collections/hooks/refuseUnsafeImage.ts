import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import sharp, { type Metadata } from 'sharp'

import { type AdminLabel, label } from '../labels'

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

const messages = {
  tooLarge: label({
    en: 'The file is larger than {{max}} MB. Please upload a smaller image.',
    zh: '文件超过 {{max}} MB，请上传较小的图片。',
    ru: 'Файл больше {{max}} МБ. Загрузите изображение меньшего размера.',
    kk: 'Файл {{max}} МБ-тан үлкен. Көлемі кішірек сурет жүктеңіз.',
    mn: 'Файл {{max}} МБ-аас том байна. Жижиг хэмжээтэй зураг оруулна уу.',
  }),
  notAnImage: label({
    en: 'This file is not a readable image. Please upload a JPEG, PNG, WebP or AVIF image.',
    zh: '无法将此文件识别为图片。请上传 JPEG、PNG、WebP 或 AVIF 格式的图片。',
    ru: 'Этот файл не читается как изображение. Загрузите изображение в формате JPEG, PNG, WebP или AVIF.',
    kk: 'Бұл файл сурет ретінде оқылмайды. JPEG, PNG, WebP немесе AVIF пішіміндегі сурет жүктеңіз.',
    mn: 'Энэ файлыг зураг гэж уншиж чадсангүй. JPEG, PNG, WebP эсвэл AVIF форматтай зураг оруулна уу.',
  }),
  formatNotAllowed: label({
    en: '{{format}} files cannot be uploaded. Please upload a JPEG, PNG, WebP or AVIF image.',
    zh: '不能上传 {{format}} 文件。请上传 JPEG、PNG、WebP 或 AVIF 格式的图片。',
    ru: 'Файлы {{format}} загружать нельзя. Загрузите изображение в формате JPEG, PNG, WebP или AVIF.',
    kk: '{{format}} файлдарын жүктеуге болмайды. JPEG, PNG, WebP немесе AVIF пішіміндегі сурет жүктеңіз.',
    mn: '{{format}} файл оруулах боломжгүй. JPEG, PNG, WebP эсвэл AVIF форматтай зураг оруулна уу.',
  }),
  mismatch: label({
    en: 'The file’s name or type says {{declared}}, but its content is {{actual}}. Please upload the original image file.',
    zh: '文件名或类型显示为 {{declared}}，但内容实际是 {{actual}}。请上传原始图片文件。',
    ru: 'По имени или типу файл — {{declared}}, а по содержимому — {{actual}}. Загрузите исходный файл изображения.',
    kk: 'Файлдың атауы не түрі бойынша — {{declared}}, ал мазмұны бойынша — {{actual}}. Суреттің түпнұсқа файлын жүктеңіз.',
    mn: 'Файлын нэр эсвэл төрлөөр {{declared}}, харин агуулгаараа {{actual}} байна. Зургийн эх файлыг оруулна уу.',
  }),
  tooManyPixels: label({
    en: 'The image is {{width}} × {{height}} pixels; at most {{max}} megapixels are accepted. Please resize it first.',
    zh: '图片为 {{width}} × {{height}} 像素，最多允许 {{max}} 百万像素。请先缩小图片。',
    ru: 'Размер изображения {{width}} × {{height}} пикселей, а допускается не более {{max}} мегапикселей. Сначала уменьшите его.',
    kk: 'Сурет өлшемі {{width}} × {{height}} пиксель, ал ең көбі {{max}} мегапиксельге рұқсат етіледі. Алдымен оны кішірейтіңіз.',
    mn: 'Зургийн хэмжээ {{width}} × {{height}} пиксел, харин дээд тал нь {{max}} мегапиксел байж болно. Эхлээд багасгана уу.',
  }),
}

function say(req: PayloadRequest, text: AdminLabel, values: Record<string, string | number> = {}): string {
  const language = req.i18n?.language as keyof AdminLabel | undefined
  const template = (language && text[language]) || text.en
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''))
}

// With data attached, Payload answers with our message; without it a production build says "An unknown error occurred."
const refuse = (req: PayloadRequest, status: number, text: AdminLabel, values?: Record<string, string | number>) =>
  new APIError(say(req, text, values), status, { field: 'file', ...values }, true)

/** The refusal of a file whose pixels cannot be read (400, in the editor's admin language). */
export const unreadableImage = (req: PayloadRequest): APIError => refuse(req, 400, messages.notAnImage)

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
  if (size > MAX_UPLOAD_BYTES) throw refuse(req, 413, messages.tooLarge, { max: MAX_UPLOAD_BYTES / 1024 / 1024 })

  let metadata: Metadata
  try {
    metadata = await sharp(file.tempFilePath || file.data, { limitInputPixels: false }).metadata()
  } catch {
    throw unreadableImage(req)
  }
  const format = acceptedFormats[metadata.format ?? '']
  if (!format) throw refuse(req, 400, messages.formatNotAllowed, { format: String(metadata.format ?? '?').toUpperCase() })

  const extension = file.name.includes('.') ? (file.name.split('.').pop() ?? '').toLowerCase() : ''
  const declaredType = (file.mimetype ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  const typeAgrees = !declaredType || declaredType === 'application/octet-stream' || format.mimeTypes.includes(declaredType)
  const extensionAgrees = format.extensions.includes(extension)
  if (!typeAgrees || !extensionAgrees) {
    const declared = [extension && `.${extension}`, declaredType].filter(Boolean).join(', ') || '?'
    throw refuse(req, 400, messages.mismatch, { declared, actual: format.name })
  }

  const width = metadata.width ?? 0
  const height = metadata.height ?? 0
  if (width * height > MAX_IMAGE_PIXELS) {
    throw refuse(req, 400, messages.tooManyPixels, { width, height, max: Math.floor(MAX_IMAGE_PIXELS / 1_000_000) })
  }
  return args
}
