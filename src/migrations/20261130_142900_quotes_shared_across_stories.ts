import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { embeddedQuoteIds, quoteTitle } from '../content/quotes'
import { isLocale } from '../i18n/locales'

type Db = MigrateUpArgs['db']
type Row = Record<string, unknown>
/** A quote's article before this migration (`quotes.article_id`): read before the column is dropped. */
export type QuoteLink = { quote: number; article: number }

export async function readQuoteLinks(db: Db): Promise<QuoteLink[]> {
  const rows = (await db.all(sql`SELECT id, article_id FROM quotes WHERE article_id IS NOT NULL`)) as Row[]
  return rows.map((row) => ({ quote: Number(row.id), article: Number(row.article_id) }))
}

/**
 * Data part of this migration (and of its test): a quote no longer belongs to one article; each
 * article lists, per language, the quotes its body embeds (`articles.quotes`, kept on every save by
 * `collectEmbeddedQuotes`). Filled here from the stored bodies, of the documents and of every
 * version. A link of the old kind whose quote the body does not embed (a quote filed under a story
 * without a pull quote) is kept in the article's source language, on the document and its latest
 * version, so no story loses a quote and an embargoed draft keeps its quote out of readers' sight;
 * it stays until that language's body is saved again. Each quote gets its title (`quoteTitle`).
 */
export async function linkEmbeddedQuotes(db: Db, links: QuoteLink[]): Promise<void> {
  const quotes = new Set(((await db.all(sql`SELECT id FROM quotes`)) as Row[]).map((row) => Number(row.id)))
  const lists = async (
    rows: Row[],
    table: 'articles_rels' | '_articles_v_rels',
    path: string,
    extra: (row: Row) => number[],
  ) => {
    for (const row of rows) {
      let body: unknown = null
      try {
        body = typeof row.body === 'string' ? JSON.parse(row.body) : null
      } catch {
        body = null
      }
      const ids = [...embeddedQuoteIds(body).map(Number), ...extra(row)].filter(
        (id, index, all) => quotes.has(id) && all.indexOf(id) === index,
      )
      let order = 1
      for (const id of ids) {
        if (table === 'articles_rels')
          await db.run(
            sql`INSERT INTO articles_rels ("order", parent_id, path, locale, quotes_id) VALUES (${order++}, ${row.parent}, ${path}, ${row.locale}, ${id})`,
          )
        else
          await db.run(
            sql`INSERT INTO _articles_v_rels ("order", parent_id, path, locale, quotes_id) VALUES (${order++}, ${row.parent}, ${path}, ${row.locale}, ${id})`,
          )
      }
    }
  }
  // Old links the body does not embed, in the article's source language.
  const unembedded = (article: number, locale: unknown, source: unknown) =>
    locale === source ? links.filter((link) => link.article === article).map((link) => link.quote) : []

  const documents = (await db.all(
    sql`SELECT l._parent_id AS parent, l._locale AS locale, l.body AS body, a.source_locale AS source FROM articles_locales l JOIN articles a ON a.id = l._parent_id`,
  )) as Row[]
  // Every article has a row per language it was saved in; the source language's row must exist for its old links.
  const withSource = [...documents]
  const articles = (await db.all(sql`SELECT id, source_locale AS source FROM articles`)) as Row[]
  for (const article of articles)
    if (!documents.some((row) => row.parent === article.id && row.locale === article.source))
      withSource.push({ parent: article.id, locale: article.source, body: null, source: article.source })
  await lists(withSource, 'articles_rels', 'quotes', (row) => unembedded(Number(row.parent), row.locale, row.source))

  const versions = (await db.all(
    sql`SELECT l._parent_id AS parent, l._locale AS locale, l.version_body AS body, v.latest AS latest, v.parent_id AS article, v.version_source_locale AS source FROM _articles_v_locales l JOIN _articles_v v ON v.id = l._parent_id`,
  )) as Row[]
  await lists(versions, '_articles_v_rels', 'version.quotes', (row) =>
    Number(row.latest) === 1 ? unembedded(Number(row.article), row.locale, row.source) : [],
  )

  const texts = (await db.all(sql`SELECT id, _locale AS locale, text, speaker_name FROM quotes_locales`)) as Row[]
  for (const row of texts) {
    const title = isLocale(row.locale) ? quoteTitle(row.locale, row.text, row.speaker_name) : ''
    await db.run(sql`UPDATE quotes_locales SET title = ${title || null} WHERE id = ${row.id}`)
  }
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  const links = await readQuoteLinks(db)
  // Payload runs a migration in a transaction, where `PRAGMA foreign_keys=OFF` does nothing: dropping
  // the old \`quotes\` table below would cascade to every row that references a quote (each quote's
  // text in every language, and open document locks). Kept aside and put back after the rebuild.
  await db.run(sql`CREATE TEMP TABLE kept_quotes_locales AS SELECT * FROM quotes_locales;`)
  await db.run(sql`CREATE TEMP TABLE kept_quote_locks AS SELECT * FROM payload_locked_documents_rels WHERE quotes_id IS NOT NULL;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_quotes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`speaker_organization_id\` integer,
  	\`source_locale\` text DEFAULT 'en' NOT NULL,
  	\`source_fingerprint\` text,
  	\`original_language\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`speaker_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_quotes\`("id", "speaker_organization_id", "source_locale", "source_fingerprint", "original_language", "updated_at", "created_at") SELECT "id", "speaker_organization_id", "source_locale", "source_fingerprint", "original_language", "updated_at", "created_at" FROM \`quotes\`;`)
  await db.run(sql`DROP TABLE \`quotes\`;`)
  await db.run(sql`ALTER TABLE \`__new_quotes\` RENAME TO \`quotes\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`INSERT OR IGNORE INTO quotes_locales SELECT * FROM kept_quotes_locales;`)
  await db.run(sql`INSERT OR IGNORE INTO payload_locked_documents_rels SELECT * FROM kept_quote_locks;`)
  await db.run(sql`DROP TABLE kept_quotes_locales;`)
  await db.run(sql`DROP TABLE kept_quote_locks;`)
  await db.run(sql`CREATE INDEX \`quotes_speaker_organization_idx\` ON \`quotes\` (\`speaker_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_updated_at_idx\` ON \`quotes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quotes_created_at_idx\` ON \`quotes\` (\`created_at\`);`)
  await db.run(sql`DROP INDEX \`articles_rels_organizations_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles_rels\` ADD \`locale\` text;`)
  await db.run(sql`ALTER TABLE \`articles_rels\` ADD \`quotes_id\` integer REFERENCES quotes(id);`)
  await db.run(sql`CREATE INDEX \`articles_rels_locale_idx\` ON \`articles_rels\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_quotes_id_idx\` ON \`articles_rels\` (\`quotes_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_organizations_id_idx\` ON \`articles_rels\` (\`organizations_id\`,\`locale\`);`)
  await db.run(sql`DROP INDEX \`_articles_v_rels_organizations_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_rels\` ADD \`locale\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_rels\` ADD \`quotes_id\` integer REFERENCES quotes(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_locale_idx\` ON \`_articles_v_rels\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_quotes_id_idx\` ON \`_articles_v_rels\` (\`quotes_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_organizations_id_idx\` ON \`_articles_v_rels\` (\`organizations_id\`,\`locale\`);`)
  await db.run(sql`ALTER TABLE \`quotes_locales\` ADD \`title\` text;`)
  await linkEmbeddedQuotes(db, links)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // A quote goes back to one article: the first (lowest id) that embeds it.
  const links = (await db.all(
    sql`SELECT quotes_id AS quote, MIN(parent_id) AS article FROM articles_rels WHERE path = 'quotes' AND quotes_id IS NOT NULL GROUP BY quotes_id`,
  )) as Row[]
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organizations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles_rels\`("id", "order", "parent_id", "path", "organizations_id") SELECT "id", "order", "parent_id", "path", "organizations_id" FROM \`articles_rels\` WHERE "path" != 'quotes';`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles_rels\` RENAME TO \`articles_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_organizations_id_idx\` ON \`articles_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organizations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v_rels\`("id", "order", "parent_id", "path", "organizations_id") SELECT "id", "order", "parent_id", "path", "organizations_id" FROM \`_articles_v_rels\` WHERE "path" != 'version.quotes';`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v_rels\` RENAME TO \`_articles_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_organizations_id_idx\` ON \`_articles_v_rels\` (\`organizations_id\`);`)
  await db.run(sql`ALTER TABLE \`quotes\` ADD \`article_id\` integer REFERENCES articles(id);`)
  await db.run(sql`CREATE INDEX \`quotes_article_idx\` ON \`quotes\` (\`article_id\`);`)
  for (const link of links) await db.run(sql`UPDATE quotes SET article_id = ${link.article} WHERE id = ${link.quote}`)
  await db.run(sql`ALTER TABLE \`quotes_locales\` DROP COLUMN \`title\`;`)
}
