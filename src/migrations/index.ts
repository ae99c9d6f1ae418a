import * as migration_20261128_060106_initial from './20261128_060106_initial';
import * as migration_20261128_063232_comments_moderation from './20261128_063232_comments_moderation';

export const migrations = [
  {
    up: migration_20261128_060106_initial.up,
    down: migration_20261128_060106_initial.down,
    name: '20261128_060106_initial',
  },
  {
    up: migration_20261128_063232_comments_moderation.up,
    down: migration_20261128_063232_comments_moderation.down,
    name: '20261128_063232_comments_moderation'
  },
];
