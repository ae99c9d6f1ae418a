import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Hand-corrected: drizzle-kit selected the new "erased" column from the old table; old rows get 0.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`moderation_reason\` text,
  	\`article_id\` integer NOT NULL,
  	\`parent_id\` integer,
  	\`depth\` numeric DEFAULT 0,
  	\`language\` text NOT NULL,
  	\`erased\` integer DEFAULT false,
  	\`author_name\` text,
  	\`author_email\` text NOT NULL,
  	\`website\` text,
  	\`body\` text,
  	\`notify\` integer DEFAULT false,
  	\`flagged\` integer DEFAULT false,
  	\`report_count\` numeric DEFAULT 0,
  	\`spam_signals\` text,
  	\`ip_hash\` text,
  	\`submission_key\` text,
  	\`queue_order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_comments\`("id", "status", "moderation_reason", "article_id", "parent_id", "depth", "language", "erased", "author_name", "author_email", "website", "body", "notify", "flagged", "report_count", "spam_signals", "ip_hash", "submission_key", "queue_order", "updated_at", "created_at") SELECT "id", "status", "moderation_reason", "article_id", "parent_id", "depth", "language", 0, "author_name", "author_email", "website", "body", "notify", "flagged", "report_count", "spam_signals", "ip_hash", "submission_key", "queue_order", "updated_at", "created_at" FROM \`comments\`;`)
  await db.run(sql`DROP TABLE \`comments\`;`)
  await db.run(sql`ALTER TABLE \`__new_comments\` RENAME TO \`comments\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`comments_status_idx\` ON \`comments\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`comments_article_idx\` ON \`comments\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_parent_idx\` ON \`comments\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_language_idx\` ON \`comments\` (\`language\`);`)
  await db.run(sql`CREATE INDEX \`comments_ip_hash_idx\` ON \`comments\` (\`ip_hash\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`comments_submission_key_idx\` ON \`comments\` (\`submission_key\`);`)
  await db.run(sql`CREATE INDEX \`comments_queue_order_idx\` ON \`comments\` (\`queue_order\`);`)
  await db.run(sql`CREATE INDEX \`comments_updated_at_idx\` ON \`comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comments_created_at_idx\` ON \`comments\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`moderation_reason\` text,
  	\`article_id\` integer NOT NULL,
  	\`parent_id\` integer,
  	\`depth\` numeric DEFAULT 0,
  	\`language\` text NOT NULL,
  	\`author_name\` text NOT NULL,
  	\`author_email\` text NOT NULL,
  	\`website\` text,
  	\`body\` text NOT NULL,
  	\`notify\` integer DEFAULT false,
  	\`flagged\` integer DEFAULT false,
  	\`report_count\` numeric DEFAULT 0,
  	\`spam_signals\` text,
  	\`ip_hash\` text,
  	\`submission_key\` text,
  	\`queue_order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_comments\`("id", "status", "moderation_reason", "article_id", "parent_id", "depth", "language", "author_name", "author_email", "website", "body", "notify", "flagged", "report_count", "spam_signals", "ip_hash", "submission_key", "queue_order", "updated_at", "created_at") SELECT "id", "status", "moderation_reason", "article_id", "parent_id", "depth", "language", "author_name", "author_email", "website", "body", "notify", "flagged", "report_count", "spam_signals", "ip_hash", "submission_key", "queue_order", "updated_at", "created_at" FROM \`comments\`;`)
  await db.run(sql`DROP TABLE \`comments\`;`)
  await db.run(sql`ALTER TABLE \`__new_comments\` RENAME TO \`comments\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`comments_status_idx\` ON \`comments\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`comments_article_idx\` ON \`comments\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_parent_idx\` ON \`comments\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_language_idx\` ON \`comments\` (\`language\`);`)
  await db.run(sql`CREATE INDEX \`comments_ip_hash_idx\` ON \`comments\` (\`ip_hash\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`comments_submission_key_idx\` ON \`comments\` (\`submission_key\`);`)
  await db.run(sql`CREATE INDEX \`comments_queue_order_idx\` ON \`comments\` (\`queue_order\`);`)
  await db.run(sql`CREATE INDEX \`comments_updated_at_idx\` ON \`comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comments_created_at_idx\` ON \`comments\` (\`created_at\`);`)
}
