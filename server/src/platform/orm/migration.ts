// Migrations live in the top-level migrations/ folder, outside the server package; they import MikroORM
// through this file so they resolve the server's single copy of it.
export { Migration } from '@mikro-orm/migrations';
export type { MigrationObject } from '@mikro-orm/core';
