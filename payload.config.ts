import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/Articles'
import { CommentRules } from './collections/CommentRules'
import { Comments } from './collections/Comments'
import { keepPublicErrorMessages } from './collections/hooks/keepPublicErrorMessages'
import { withQueryGuard } from './collections/hooks/refuseMalformedQuery'
import { MAX_IMAGE_PIXELS, MAX_UPLOAD_BYTES } from './collections/hooks/refuseUnsafeImage'
import { Media } from './collections/Media'
import { Organizations } from './collections/Organizations'
import { Quotes } from './collections/Quotes'
import { Users } from './collections/Users'
import { serializedSqlite } from './src/db/serializedSqlite'
import { withTransactionCallbacks } from './src/db/transactionCallbacks'
import { smtpEmailAdapter } from './src/email/adapter'
import { env } from './src/env'
import { adminDateTimeFormat } from './src/i18n/adminDates'
import { adminLanguages } from './src/i18n/adminLanguages'
import { lexicalTranslations } from './src/i18n/admin/lexical'
import { newsroomTranslations } from './src/i18n/admin/newsroom'
import { defaultLocale, locales } from './src/i18n/locales'
import { localesFor } from './collections/access/translatorLocales'
import { languageLabel } from './collections/labels'
import { migrations } from './src/migrations'
import { adminTitleSuffix, newsroomName } from './src/admin/newsroomName'

const dirname = path.dirname(fileURLToPath(import.meta.url))

function databaseAdapter() {
  if (env.databaseKind === 'mongodb') {
    // Payload uses transactions on MongoDB: the server must run as a replica set (see docker-compose.yml).
    return mongooseAdapter({ url: env.DATABASE_URI })
  }
  // The embedded database is a file under data/: make its folder on first run.
  const file = env.DATABASE_URI.replace(/^file:(\/\/)?/, '').split('?')[0]
  if (file && file !== ':memory:')
    mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), { recursive: true })
  return serializedSqlite(
    sqliteAdapter({
      client: { url: env.DATABASE_URI },
      push: env.pushSchema,
      // Off by default for SQLite; without it a refused update (e.g. a duplicate slug) can leave a
      // locale's row half-written. IMMEDIATE takes the write lock up front, so writers queue, not fail.
      transactionOptions: { behavior: 'immediate' },
      migrationDir: path.resolve(dirname, 'src/migrations'),
      prodMigrations: migrations,
    }),
  )
}

const adminTranslations = {
  ...newsroomTranslations,
  kk: { ...newsroomTranslations.kk, ...lexicalTranslations.kk },
  mn: { ...newsroomTranslations.mn, ...lexicalTranslations.mn },
}

export default buildConfig({
  secret: env.PAYLOAD_SECRET,
  serverURL: env.SITE_URL,
  // Requests signed by the admin's session cookie are accepted from these origins only.
  csrf: env.adminOrigins,
  // Uploads' files follow the transaction: a refused save puts them back (collections/hooks/keepFilesOfRefusedSaves.ts).
  db: withTransactionCallbacks(databaseAdapter()),
  editor: lexicalEditor(),
  // Every decode Payload asks of sharp stops at our pixel limit (its own default is 268 megapixels).
  sharp: (input, options) => sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS, ...options }),
  // A malformed id, page or limit in a REST query is a 404 or 400, not a database error.
  collections: [Articles, Quotes, Organizations, Comments, Media, Users].map(withQueryGuard),
  globals: [CommentRules],
  // A refusal keeps its reason in the answer, whichever bundle made the Payload instance.
  hooks: { afterError: [keepPublicErrorMessages] },
  email: smtpEmailAdapter(env.SMTP_URL, env.MAIL_FROM),
  localization: {
    // Named in the admin user's language («Ағылшын тілі»), so «Нийтлэх: Англи хэл», not «English хэл».
    locales: locales.map((l) => ({ code: l.code, label: languageLabel(l.code), rtl: l.dir !== 'ltr' })),
    defaultLocale,
    fallback: true,
    // The locale picker offers a translator only the languages they translate into.
    filterAvailableLocales: ({ locales: all, req }) => localesFor(req.user, all),
  },
  i18n: {
    supportedLanguages: adminLanguages,
    fallbackLanguage: 'en',
    // Our own strings (refusals, notices) live beside Payload's, under the `newsroom` namespace;
    // the rich-text editor's strings in the two languages its package lacks, under `lexical`.
    translations: adminTranslations,
  },
  admin: {
    user: Users.slug,
    // The default avatar is drawn locally; the gravatar one would call an outside service.
    avatar: 'default',
    // Each language's own date order and a 24-hour clock (src/i18n/adminDates.ts).
    dateFormat: adminDateTimeFormat,
    importMap: { baseDir: dirname },
    // The newsroom's name, not the framework's: the title (in each admin language: the admin page
    // swaps in its own), link previews, and the login page's heading and the menu's mark.
    meta: {
      titleSuffix: adminTitleSuffix(defaultLocale),
      openGraph: { siteName: newsroomName(defaultLocale), title: newsroomName(defaultLocale), description: '' },
    },
    components: {
      graphics: { Logo: '/src/admin/NewsroomLogo#NewsroomLogo', Icon: '/src/admin/NewsroomLogo#NewsroomIcon' },
      // The interface language is kept on the account (README), applied in every browser.
      providers: ['/src/admin/AccountLanguage#AccountLanguage'],
      beforeDashboard: [
        '/src/admin/PendingComments#PendingComments',
        '/src/admin/TranslatorWorklist#TranslatorWorklist',
        '/src/admin/ReviewQueue#ReviewQueue',
      ],
    },
  },
  upload: {
    // The multipart reader stops at this size and answers 413; the media hook refuses the same for the local API.
    limits: { fileSize: MAX_UPLOAD_BYTES },
  },
  graphQL: {
    maxComplexity: 1000,
    disablePlaygroundInProduction: true,
  },
  typescript: {
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
    autoGenerate: false,
  },
  jobs: {
    // The running site publishes what editors scheduled (per language too); scripts and tests do not.
    autoRun:
      // eslint-disable-next-line no-restricted-properties -- Next's own build phase, not configuration
      env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build'
        ? [{ cron: '* * * * *', queue: 'default', limit: 20 }]
        : undefined,
  },
  telemetry: false,
  onInit: async (payload) => {
    if (!env.SMTP_URL) payload.logger.info('Mail is off (no SMTP_URL): moderators and commenters get no email.')
  },
})
