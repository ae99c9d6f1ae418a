import * as migration_20261128_060106_initial from './20261128_060106_initial';
import * as migration_20261128_063232_comments_moderation from './20261128_063232_comments_moderation';
import * as migration_20261128_064524_comment_erasure from './20261128_064524_comment_erasure';
import * as migration_20261128_065935_translation_workflow from './20261128_065935_translation_workflow';
import * as migration_20261128_081716_comment_duplicate_index from './20261128_081716_comment_duplicate_index';
import * as migration_20261130_114540_folded_search_and_clean_slugs from './20261130_114540_folded_search_and_clean_slugs';
import * as migration_20261130_142900_quotes_shared_across_stories from './20261130_142900_quotes_shared_across_stories';
import * as migration_20261130_143021_media_source_language from './20261130_143021_media_source_language';
import * as migration_20261130_143341_users_working_language_and_last_editor from './20261130_143341_users_working_language_and_last_editor';

export const migrations = [
  {
    up: migration_20261128_060106_initial.up,
    down: migration_20261128_060106_initial.down,
    name: '20261128_060106_initial',
  },
  {
    up: migration_20261128_063232_comments_moderation.up,
    down: migration_20261128_063232_comments_moderation.down,
    name: '20261128_063232_comments_moderation',
  },
  {
    up: migration_20261128_064524_comment_erasure.up,
    down: migration_20261128_064524_comment_erasure.down,
    name: '20261128_064524_comment_erasure',
  },
  {
    up: migration_20261128_065935_translation_workflow.up,
    down: migration_20261128_065935_translation_workflow.down,
    name: '20261128_065935_translation_workflow',
  },
  {
    up: migration_20261128_081716_comment_duplicate_index.up,
    down: migration_20261128_081716_comment_duplicate_index.down,
    name: '20261128_081716_comment_duplicate_index',
  },
  {
    up: migration_20261130_114540_folded_search_and_clean_slugs.up,
    down: migration_20261130_114540_folded_search_and_clean_slugs.down,
    name: '20261130_114540_folded_search_and_clean_slugs',
  },
  {
    up: migration_20261130_142900_quotes_shared_across_stories.up,
    down: migration_20261130_142900_quotes_shared_across_stories.down,
    name: '20261130_142900_quotes_shared_across_stories',
  },
  {
    up: migration_20261130_143021_media_source_language.up,
    down: migration_20261130_143021_media_source_language.down,
    name: '20261130_143021_media_source_language',
  },
  {
    up: migration_20261130_143341_users_working_language_and_last_editor.up,
    down: migration_20261130_143341_users_working_language_and_last_editor.down,
    name: '20261130_143341_users_working_language_and_last_editor',
  },
];
