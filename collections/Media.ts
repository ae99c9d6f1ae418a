import type { CollectionConfig } from 'payload'

import { env } from '@/env'
import { isEditor } from './access/isEditor'
import { editorOrTranslatorSavingDrafts } from './access/editorOrTranslatorSavingDrafts'
import { keepNewFilesUntilSaved, keepStoredFilesUntilSaved } from './hooks/keepFilesOfRefusedSaves'
import { refuseUnsafeImage } from './hooks/refuseUnsafeImage'
import { turnImageUpright } from './hooks/turnImageUpright'
import { revalidateMedia } from './hooks/revalidateRelated'
import { guardTranslatorOperations, guardTranslatorWrites } from './hooks/guardTranslatorWrites'
import { groups, label } from './labels'
import { sourceLocaleField } from './translation/translationState'
import { translatableText } from './fields/translatableText'
import { isLocale } from '@/i18n/locales'
import { sharedFieldsReadOnlyForTranslators } from './translation/sharedFields'
import { localizedEditComponents } from './translation/editComponents'

const webp = { format: 'webp' as const, options: { quality: 78 } }
const avif = { format: 'avif' as const, options: { quality: 55, effort: 2 } }

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: label({ en: 'Image', zh: '图片', ru: 'Изображение', kk: 'Сурет', mn: 'Зураг' }),
    plural: label({ en: 'Images', zh: '图片', ru: 'Изображения', kk: 'Суреттер', mn: 'Зургууд' }),
  },
  admin: {
    // No "API" tab: a developer's raw JSON view, in English whatever the admin's language.
    hideAPIURL: true,
    useAsTitle: 'alt',
    group: groups.newsroom,
    components: { edit: localizedEditComponents },
  },
  access: {
    read: () => true,
    create: isEditor,
    update: editorOrTranslatorSavingDrafts,
    delete: isEditor,
  },
  upload: {
    staticDir: env.MEDIA_DIR,
    // Raster images only: an SVG can carry script, and we never need one from an editor.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 180, position: 'centre', formatOptions: webp },
      { name: 'card', width: 640, height: 360, position: 'centre', formatOptions: webp },
      { name: 'cardAvif', width: 640, height: 360, position: 'centre', formatOptions: avif },
      { name: 'hero', width: 1600, height: 900, position: 'centre', formatOptions: webp },
      { name: 'heroAvif', width: 1600, height: 900, position: 'centre', formatOptions: avif },
      // Social networks still read JPEG most reliably for link previews.
      {
        name: 'og',
        width: 1200,
        height: 630,
        position: 'centre',
        formatOptions: { format: 'jpeg', options: { quality: 82 } },
      },
    ],
  },
  hooks: {
    // Translators' limits first; refuse unsafe files; store phone photos upright; a refused save leaves every file as it was.
    beforeOperation: [guardTranslatorOperations, refuseUnsafeImage, turnImageUpright, keepStoredFilesUntilSaved],
    beforeValidate: [keepNewFilesUntilSaved],
    beforeChange: [guardTranslatorWrites],
    afterChange: [revalidateMedia],
  },
  fields: sharedFieldsReadOnlyForTranslators([
    // The language the image was first described in; a translator sees its alt text and caption
    // beside their own (translatableText's source box), in the image drawer too.
    sourceLocaleField({ defaultValue: ({ locale }) => (isLocale(locale) ? locale : 'en'), required: false }),
    translatableText('alt', {
      required: true,
      label: label({
        en: 'Alternative text',
        zh: '替代文字',
        ru: 'Альтернативный текст',
        kk: 'Балама мәтін',
        mn: 'Орлуулах текст',
      }),
    }),
    translatableText('caption', {
      label: label({ en: 'Caption', zh: '图片说明', ru: 'Подпись', kk: 'Сурет жазуы', mn: 'Зургийн тайлбар' }),
    }),
    {
      name: 'credit',
      type: 'text',
      localized: true,
      label: label({ en: 'Credit', zh: '来源', ru: 'Автор', kk: 'Авторы', mn: 'Эх сурвалж' }),
    },
  ]),
}
