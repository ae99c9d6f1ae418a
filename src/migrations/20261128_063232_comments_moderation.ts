import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`comments_reports\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`reason\` text,
  	\`reporter\` text,
  	\`at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comments_reports_order_idx\` ON \`comments_reports\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`comments_reports_parent_id_idx\` ON \`comments_reports\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`comment_rules_word_lists\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`language\` text NOT NULL,
  	\`banned\` text,
  	\`suspect\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`comment_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`comment_rules_word_lists_order_idx\` ON \`comment_rules_word_lists\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`comment_rules_word_lists_parent_id_idx\` ON \`comment_rules_word_lists\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`comment_rules\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reports_to_requeue\` numeric DEFAULT 3,
  	\`per_ip_per10_minutes\` numeric DEFAULT 5,
  	\`per_email_per_hour\` numeric DEFAULT 10,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`comments\` ADD \`moderation_reason\` text;`)
  await db.run(sql`ALTER TABLE \`comments\` ADD \`depth\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`comments\` ADD \`notify\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`comments\` ADD \`flagged\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`comments\` ADD \`report_count\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`comments\` ADD \`submission_key\` text;`)
  await db.run(sql`ALTER TABLE \`comments\` ADD \`queue_order\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE UNIQUE INDEX \`comments_submission_key_idx\` ON \`comments\` (\`submission_key\`);`)
  await db.run(sql`CREATE INDEX \`comments_queue_order_idx\` ON \`comments\` (\`queue_order\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`comments_reports\`;`)
  await db.run(sql`DROP TABLE \`comment_rules_word_lists\`;`)
  await db.run(sql`DROP TABLE \`comment_rules\`;`)
  await db.run(sql`DROP INDEX \`comments_submission_key_idx\`;`)
  await db.run(sql`DROP INDEX \`comments_queue_order_idx\`;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`moderation_reason\`;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`depth\`;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`notify\`;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`flagged\`;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`report_count\`;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`submission_key\`;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`queue_order\`;`)
}
