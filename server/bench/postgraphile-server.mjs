// PostGraphile 5 on the benchmark database, for pnpm bench:referrals to compare against (issue 19). Runs on
// Node 22 (PostGraphile 5 needs it) from the bench-only, git-ignored folder server/bench/postgraphile, which
// postgraphile.mjs installs on first use: never a dependency of the product. The amber preset as documented,
// production settings (no GraphiQL, no watch, no explain), PostgreSQL's own superuser connection (no row-level
// security, no permissions: what a generic deployment that trusts its callers serves). Prints its URL as
// `listening <url>` on stdout; DATABASE_URL says where the database is.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'postgraphile');
const require = createRequire(path.join(folder, 'package.json'));
const load = (name) => import(pathToFileURL(require.resolve(name)).href);

const { postgraphile } = await load('postgraphile');
const { PostGraphileAmberPreset } = await load('postgraphile/presets/amber');
const { makePgService } = await load('postgraphile/adaptors/pg');
const { grafserv } = await load('postgraphile/grafserv/node');

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ['public'],
      poolConfig: { max: Number(process.env.POSTGRAPHILE_POOL) || 10 },
    }),
  ],
  grafserv: { graphiql: false, watch: false, maxRequestLength: 100_000 },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server);
server.listen(Number(process.env.PORT) || 0, '127.0.0.1', () => {
  process.stdout.write(`listening http://127.0.0.1:${server.address().port}\n`);
});
const stop = async () => {
  server.close();
  await pgl.release();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
