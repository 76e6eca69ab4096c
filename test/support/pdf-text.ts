import { spawn } from 'node:child_process';
import path from 'node:path';

/** The text of a PDF (whitespace runs as one space) and its page count, extracted by pdf.js: what a reader sees. */
export function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'extract-pdf-text.mjs')], { cwd: __dirname });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`pdf-text failed: ${Buffer.concat(err).toString()}`));
      const result = JSON.parse(Buffer.concat(out).toString()) as { text: string; pages: number };
      resolve({ text: result.text.replace(/\s+/g, ' '), pages: result.pages });
    });
    child.stdin.end(pdf);
  });
}
