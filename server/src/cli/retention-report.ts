import { retentionReport } from '../modules/retention';
import { loadConfig } from '../platform/config/config';
import { runCli, withDatabase } from './with-database';

// pnpm retention:report: what the retention sweep (retention.sweep, ENLACE_RETENTION_CRON) would anonymise or
// purge if it ran now, by kind and count, with the terms in force (ENLACE_RETENTION_DAYS). Reads only; prints
// no id and nothing personal. `--json` prints the lines as JSON.
runCli(() =>
  withDatabase(async (orm) => {
    const lines = await retentionReport(orm.em.fork(), loadConfig());
    if (process.argv.includes('--json')) {
      process.stdout.write(`${JSON.stringify(lines, null, 2)}\n`);
      return;
    }
    const rows = lines.map((line) => [line.kind, line.treatment, String(line.termDays), String(line.count)]);
    const table = [['kind', 'treatment', 'term (days)', 'past term'], ...rows];
    const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
    for (const row of table)
      process.stdout.write(
        `${row
          .map((cell, i) => cell.padEnd(widths[i]!))
          .join('  ')
          .trimEnd()}\n`,
      );
  }),
);
