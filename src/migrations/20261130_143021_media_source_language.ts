import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Images get the language their alt text and caption were first written in (`sourceLocale`), so a
 * translator sees that text beside their own. Images stored before were described in English
 * first (the seed writes English, then the translations), hence the value they get.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`source_locale\` text DEFAULT 'en';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`source_locale\`;`)
}
