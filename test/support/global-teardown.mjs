import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default async function globalTeardown() {
  const { dropDatabase } = await import(path.join(root, 'server/dist/server/src/platform/database/connect.js'));
  if (globalThis.__ENLACE_TEST_DATABASE__ && !process.env.ENLACE_KEEP_TEST_DATABASE)
    await dropDatabase(globalThis.__ENLACE_TEST_DATABASE__);
  await globalThis.__ENLACE_EMBEDDED__?.stop();
}
