import * as migration_20261128_060106_initial from './20261128_060106_initial';

export const migrations = [
  {
    up: migration_20261128_060106_initial.up,
    down: migration_20261128_060106_initial.down,
    name: '20261128_060106_initial'
  },
];
