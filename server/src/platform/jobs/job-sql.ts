import type { EntityManager } from '@mikro-orm/postgresql';

/** pg-boss's database seam: run one statement with `$1`-style parameters. */
export interface JobSql {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/**
 * Runs pg-boss statements on `em`'s connection, inside its transaction when it has one: a job written this
 * way commits or rolls back with the change that caused it. Knex takes `?` placeholders, so each `$n` of the
 * statement becomes a `?` with its value at that place (a value used twice is passed twice).
 */
export function sqlOf(em: EntityManager): JobSql {
  return {
    executeSql: async (text, values = []) => {
      const bindings: unknown[] = [];
      const sql = text.replace(/\$(\d+)/g, (_match, position: string) => {
        bindings.push(values[Number(position) - 1] ?? null);
        return '?';
      });
      const runner = em.getTransactionContext() ?? em.getConnection().getKnex();
      const result = (await runner.raw(sql, bindings as never[])) as { rows: Record<string, unknown>[] };
      return { rows: result.rows };
    },
  };
}
