// A small static server for the browser tests: serves dist/ (or the folder given) on the port given.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { staticSite } from './static-site.mjs';

const port = Number(process.argv[2] ?? 4399);
const root = resolve(process.argv[3] ?? 'dist');
createServer(staticSite(() => root)).listen(port, () =>
  console.log(`Serving ${root} on http://localhost:${port}`),
);
