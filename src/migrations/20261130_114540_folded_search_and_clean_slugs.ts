import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { foldForSearch } from '../content/fold'
import { isNormalisedSlug, normaliseSlug, numberedSlug } from '../content/slug'

type Db = MigrateUpArgs['db']
type Row = Record<string, unknown>

/**
 * Data part of this migration, run once on an existing database (and by its test):
 * - slugs stored before every route normalised them (a duplicate's `maqala - Copy` in each language)
 *   are normalised and numbered when taken, in `articles_locales` per language, in the article
 *   versions (a draft keeps the same new slug as its document) and in `organizations`. A migration,
 *   not read-time normalisation: a page is looked up by `slug = <URL segment>`, so a stored value
 *   that no URL can spell stays unreachable however the site writes its links;
 * - the folded copies for case-insensitive search (`src/content/fold.ts`) are filled in, and
 *   `search_text` is folded the same way (it was lower-cased only).
 */
export async function cleanStoredData(db: Db): Promise<void> {
  await normaliseStoredSlugs(db)
  await fillFoldedCopies(db)
}

async function normaliseStoredSlugs(db: Db) {
  const renamed = new Map<string, string>()
  const rows = (await db.all(sql`SELECT id, _locale AS locale, _parent_id AS parent, slug FROM articles_locales WHERE slug IS NOT NULL`)) as Row[]
  const taken = new Set(rows.filter((row) => isNormalisedSlug(row.slug)).map((row) => `${row.locale}|${row.slug}`))
  for (const row of rows) {
    if (isNormalisedSlug(row.slug) || row.slug === '') continue
    const slug = freeSlug(normaliseSlug(String(row.slug)) || 'article', (candidate) => taken.has(`${row.locale}|${candidate}`))
    taken.add(`${row.locale}|${slug}`)
    renamed.set(`${row.parent}|${row.locale}|${row.slug}`, slug)
    await db.run(sql`UPDATE articles_locales SET slug = ${slug} WHERE id = ${row.id}`)
  }
  const versions = (await db.all(
    sql`SELECT l.id, l._locale AS locale, v.parent_id AS parent, l.version_slug AS slug FROM _articles_v_locales l JOIN _articles_v v ON v.id = l._parent_id WHERE l.version_slug IS NOT NULL`,
  )) as Row[]
  for (const row of versions) {
    if (isNormalisedSlug(row.slug) || row.slug === '') continue
    const slug = renamed.get(`${row.parent}|${row.locale}|${row.slug}`) ?? (normaliseSlug(String(row.slug)) || 'article')
    await db.run(sql`UPDATE _articles_v_locales SET version_slug = ${slug} WHERE id = ${row.id}`)
  }
  const organizations = (await db.all(sql`SELECT id, slug FROM organizations WHERE slug IS NOT NULL`)) as Row[]
  const takenByOrganizations = new Set(organizations.filter((row) => isNormalisedSlug(row.slug)).map((row) => String(row.slug)))
  for (const row of organizations) {
    if (isNormalisedSlug(row.slug) || row.slug === '') continue
    const slug = freeSlug(normaliseSlug(String(row.slug)) || 'organization', (candidate) => takenByOrganizations.has(candidate))
    takenByOrganizations.add(slug)
    await db.run(sql`UPDATE organizations SET slug = ${slug} WHERE id = ${row.id}`)
  }
}

function freeSlug(base: string, isTaken: (candidate: string) => boolean): string {
  for (let n = 1; ; n += 1) {
    const candidate = numberedSlug(base, n)
    if (!isTaken(candidate)) return candidate
  }
}

const fold = (value: unknown) => (typeof value === 'string' && value ? foldForSearch(value) : null)

async function fillFoldedCopies(db: Db) {
  for (const row of (await db.all(sql`SELECT id, title, kicker, dek, search_text FROM articles_locales`)) as Row[]) {
    await db.run(
      sql`UPDATE articles_locales SET folded_title = ${fold(row.title)}, folded_kicker = ${fold(row.kicker)}, folded_dek = ${fold(row.dek)}, search_text = ${fold(row.search_text)} WHERE id = ${row.id}`,
    )
  }
  for (const row of (await db.all(sql`SELECT id, version_title, version_kicker, version_dek, version_search_text FROM _articles_v_locales`)) as Row[]) {
    await db.run(
      sql`UPDATE _articles_v_locales SET version_folded_title = ${fold(row.version_title)}, version_folded_kicker = ${fold(row.version_kicker)}, version_folded_dek = ${fold(row.version_dek)}, version_search_text = ${fold(row.version_search_text)} WHERE id = ${row.id}`,
    )
  }
  for (const row of (await db.all(sql`SELECT id, text, speaker_name, speaker_role FROM quotes_locales`)) as Row[]) {
    await db.run(
      sql`UPDATE quotes_locales SET folded_text = ${fold(row.text)}, folded_speaker_name = ${fold(row.speaker_name)}, folded_speaker_role = ${fold(row.speaker_role)} WHERE id = ${row.id}`,
    )
  }
  for (const row of (await db.all(sql`SELECT id, name, description FROM organizations_locales`)) as Row[]) {
    await db.run(sql`UPDATE organizations_locales SET folded_name = ${fold(row.name)}, folded_description = ${fold(row.description)} WHERE id = ${row.id}`)
  }
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`folded_title\` text;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`folded_kicker\` text;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`folded_dek\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_folded_title\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_folded_kicker\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_folded_dek\` text;`)
  await db.run(sql`ALTER TABLE \`quotes_locales\` ADD \`folded_text\` text;`)
  await db.run(sql`ALTER TABLE \`quotes_locales\` ADD \`folded_speaker_name\` text;`)
  await db.run(sql`ALTER TABLE \`quotes_locales\` ADD \`folded_speaker_role\` text;`)
  await db.run(sql`ALTER TABLE \`organizations_locales\` ADD \`folded_name\` text;`)
  await db.run(sql`ALTER TABLE \`organizations_locales\` ADD \`folded_description\` text;`)
  await cleanStoredData(db)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles_locales\` DROP COLUMN \`folded_title\`;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` DROP COLUMN \`folded_kicker\`;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` DROP COLUMN \`folded_dek\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` DROP COLUMN \`version_folded_title\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` DROP COLUMN \`version_folded_kicker\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` DROP COLUMN \`version_folded_dek\`;`)
  await db.run(sql`ALTER TABLE \`quotes_locales\` DROP COLUMN \`folded_text\`;`)
  await db.run(sql`ALTER TABLE \`quotes_locales\` DROP COLUMN \`folded_speaker_name\`;`)
  await db.run(sql`ALTER TABLE \`quotes_locales\` DROP COLUMN \`folded_speaker_role\`;`)
  await db.run(sql`ALTER TABLE \`organizations_locales\` DROP COLUMN \`folded_name\`;`)
  await db.run(sql`ALTER TABLE \`organizations_locales\` DROP COLUMN \`folded_description\`;`)
}
