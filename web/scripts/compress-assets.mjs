// After `vite build`: writes `<file>.br` (brotli, best quality) and `<file>.gz` (gzip -9) beside every text asset of
// dist/ and index.html, so the server sends the smaller one a browser accepts without compressing per request
// (server/src/platform/http/web-app.ts). A compressed copy is kept only when it is smaller than the file.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg|txt|webmanifest)$/;
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

async function compress(file) {
  const content = await readFile(file);
  const variants = [
    ['.br', await brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })],
    ['.gz', await gzipped(content, { level: 9 })],
  ];
  let saved = 0;
  for (const [extension, compressed] of variants) {
    if (compressed.length >= content.length) continue;
    await writeFile(file + extension, compressed);
    if (extension === '.br') saved = content.length - compressed.length;
  }
  return saved;
}

const entries = await readdir(dist, { recursive: true, withFileTypes: true });
const files = entries
  .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
  .map((entry) => path.join(entry.parentPath, entry.name));
let saved = 0;
for (const file of files) saved += await compress(file);
process.stdout.write(`compressed ${files.length} files in dist/ (brotli saves ${Math.round(saved / 1024)} kB)\n`);
