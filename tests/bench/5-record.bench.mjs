// The learning record in Chromium: time to append 10,000 statements (one transaction) and to read
// them back and compute the course projections. Uses the real record module, bundled with esbuild.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const dir = mkdtempSync(join(tmpdir(), 'sideline-record-bench-'));
await build({
  entryPoints: ['tests/bench/record-entry.ts'],
  bundle: true,
  format: 'esm',
  outfile: join(dir, 'bench.js'),
  logLevel: 'error',
});
writeFileSync(
  join(dir, 'index.html'),
  '<!doctype html><title>bench</title><script type="module" src="/bench.js"></script>',
);
const server = createServer((request, response) => {
  const file = request.url === '/bench.js' ? 'bench.js' : 'index.html';
  response.writeHead(200, {
    'Content-Type': file.endsWith('.js') ? 'text/javascript' : 'text/html',
  });
  response.end(readFileSync(join(dir, file)));
}).listen(0);
const port = server.address().port;
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.goto(`http://localhost:${port}/`);
await page.waitForFunction(() => 'runBench' in globalThis);
const result = await page.evaluate((count) => globalThis.runBench(count), 10_000);
console.log(
  `statements appended:     ${result.count} (saved to IndexedDB: ${result.storage.saving})`,
);
console.log(`append (one transaction): ${(result.appendMs / 1000).toFixed(2)} s`);
console.log(`read back:               ${result.readMs.toFixed(0)} ms`);
console.log(`projections (3 courses + My learning): ${result.projectMs.toFixed(0)} ms`);
await browser.close();
server.close();
rmSync(dir, { recursive: true, force: true });
