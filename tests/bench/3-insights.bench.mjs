// PMO insights at scale: 1,000 progress reports of about 300 statements each, made in the page as
// File objects, dropped on /pmo/insights/ in Chromium, and timed from the drop until the results are on
// screen (read, check, merge, summarise in the workers; aggregate and render on the page). Prints the
// time and peak memory: the page's JS heap (CDP Performance.getMetrics, sampled) and the renderer
// process's resident memory (which includes the workers' heaps). Builds the site if DIST is missing.
// REPORTS=10000 for the organisation-wide case; COMPRESSED=1 for reports saved compressed (gzip).
// PORT and DIST (default 4411 and dist/) give each person on a shared machine their own server and
// build. Also prints when the first results so far appear and where the workers' time went.
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { parse } from 'yaml';

/* global window, document, DataTransfer, DragEvent, MutationObserver -- parts of this file run in the page */

const REPORTS = Number(process.env.REPORTS ?? 1000);
const STATEMENTS = Number(process.env.STATEMENTS ?? 300);
/** COMPRESSED=1: every report saved compressed (gzip), as the share page can. */
const COMPRESSED = process.env.COMPRESSED === '1';
/** PORT and DIST: several people benchmark on one machine, each with their own server and build. */
const port = Number(process.env.PORT ?? 4411);
const dist = process.env.DIST ?? 'dist';
const root = process.cwd();

if (!existsSync(resolve(root, dist, 'pmo/insights/index.html')))
  execSync(`npx astro build --outDir ${dist}`, { stdio: 'ignore' });

// ---- the site's content, compactly, for the generator ------------------------------------------
function catalogue() {
  const courses = [];
  for (const folder of readdirSync(join(root, 'courses')).filter((name) => !name.includes('.'))) {
    const course = parse(readFileSync(join(root, 'courses', folder, 'course.yaml'), 'utf8'));
    const steps = [];
    for (const module of readdirSync(join(root, 'courses', folder))
      .filter((name) => /^\d/.test(name))
      .sort()) {
      const dir = join(root, 'courses', folder, module);
      const moduleId = parse(readFileSync(join(dir, 'module.yaml'), 'utf8')).id;
      for (const file of readdirSync(dir).sort()) {
        const text = readFileSync(join(dir, file), 'utf8');
        if (file.endsWith('.mdx'))
          steps.push({ kind: 'lesson', id: parse(text.split('---')[1]).id, moduleId });
        else if (file === 'video.yaml') steps.push({ kind: 'video', id: parse(text).id, moduleId });
        else if (file === 'quiz.yaml') {
          const quiz = parse(text);
          steps.push({
            kind: 'quiz',
            id: quiz.id,
            moduleId,
            questions: quiz.questions.map((q) => q.id),
          });
        } else if (file === 'scenario.yaml') {
          const scenario = parse(text);
          steps.push({
            kind: 'scenario',
            id: scenario.id,
            moduleId,
            nodes: scenario.nodes.map((node) => ({
              id: node.id,
              choices: node.choices.map((c) => c.id),
            })),
            endings: scenario.endings.map((ending) => ending.id),
          });
        }
      }
    }
    courses.push({ id: course.id, steps });
  }
  const paths = readdirSync(join(root, 'content/paths')).map((file) => {
    const path = parse(readFileSync(join(root, 'content/paths', file), 'utf8'));
    const refs = path.steps.map(
      (s) =>
        ('course' in s ? `c:${s.course}` : 'module' in s ? `m:${s.module}` : `s:${s.step}`) +
        (s.optional ? '?' : ''),
    );
    return { id: path.id, title: path.title, refs };
  });
  return { courses, paths };
}

// ---- runs in the page: makes the report files ----------------------------------------------------
async function makeReports({ content, reports, perReport, compressed }) {
  const base = 'https://sideline.example/activities/';
  const ext = (name) => `${base}ext/${name}`;
  const type = {
    course: 'http://adlnet.gov/expapi/activities/course',
    module: 'http://adlnet.gov/expapi/activities/module',
    lesson: 'http://adlnet.gov/expapi/activities/lesson',
    quiz: 'http://adlnet.gov/expapi/activities/assessment',
    question: 'http://adlnet.gov/expapi/activities/cmi.interaction',
    decision: 'http://adlnet.gov/expapi/activities/cmi.interaction',
    scenario: 'http://adlnet.gov/expapi/activities/simulation',
    video: 'http://adlnet.gov/expapi/activities/media',
    path: 'http://adlnet.gov/expapi/activities/objective',
  };
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const files = [];
  for (let r = 0; r < reports; r += 1) {
    const learner = crypto.randomUUID();
    const name = `Learner ${r + 1}`;
    let at = Date.now() - 60 * 86_400_000 + r * 1000;
    const statements = [];
    const add = (verb, kind, id, title, { result, course, parent } = {}) => {
      at += 60_000;
      const contextExt = { [ext('revision')]: 'bench' };
      const contextActivities = {};
      if (course) {
        contextExt[ext('course-id')] = course;
        contextActivities.grouping = [
          {
            objectType: 'Activity',
            id: `${base}course/${course}`,
            definition: { type: type.course },
          },
        ];
      }
      if (parent) {
        contextExt[ext('parent-id')] = parent.id;
        contextActivities.parent = [
          {
            objectType: 'Activity',
            id: `${base}${parent.kind}/${parent.id}`,
            definition: { type: type[parent.kind] },
          },
        ];
      }
      statements.push({
        id: crypto.randomUUID(),
        actor: { objectType: 'Agent', account: { homePage: base, name: learner }, name },
        verb: {
          id:
            verb === 'assigned'
              ? `${base}verbs/assigned`
              : `http://adlnet.gov/expapi/verbs/${verb}`,
          display: { 'en-GB': verb },
        },
        object: {
          objectType: 'Activity',
          id: `${base}${kind}/${id.split('/').map(encodeURIComponent).join('/')}`,
          definition: {
            name: { 'en-GB': title },
            type: type[kind],
            extensions: { [ext('content-id')]: id, [ext('activity-kind')]: kind },
          },
        },
        ...(result ? { result } : {}),
        context: {
          ...(Object.keys(contextActivities).length ? { contextActivities } : {}),
          extensions: contextExt,
        },
        timestamp: new Date(at).toISOString(),
        version: '1.0.3',
      });
    };
    const path = content.paths[r % content.paths.length];
    const assignmentId = `Bench${String(r % 7).padStart(7, '0')}`;
    add('assigned', 'path', `assignment-${assignmentId}`, path.title, {
      result: {
        extensions: {
          [ext('assignment-id')]: assignmentId,
          [ext('assignment-path')]: path.id,
          [ext('assignment-steps')]: path.refs,
          [ext('assigned-by')]: 'Priya Shah',
          [ext('due-rule')]: { kind: 'within', days: 30 },
          [ext('due-date')]: new Date(at + 30 * 86_400_000).toISOString().slice(0, 10),
          [ext('assigned-on')]: new Date(at).toISOString().slice(0, 10),
        },
      },
    });
    const steps = content.courses.flatMap((course) =>
      course.steps.map((step) => ({ course: course.id, ...step })),
    );
    for (let i = r % steps.length; statements.length < perReport; i = (i + 1) % steps.length) {
      const step = steps[i];
      const course = step.course;
      if (step.kind === 'lesson')
        add(random() < 0.5 ? 'experienced' : 'completed', 'lesson', step.id, `Lesson ${step.id}`, {
          course,
        });
      else if (step.kind === 'video') {
        add('progressed', 'video', step.id, `Video ${step.id}`, {
          course,
          result: { extensions: { [ext('progress')]: 50 } },
        });
        add('completed', 'video', step.id, `Video ${step.id}`, { course });
      } else if (step.kind === 'quiz') {
        let right = 0;
        for (const question of step.questions) {
          const success = random() < 0.7;
          if (success) right += 1;
          add('answered', 'question', `${step.id}/${question}`, `Question ${question}`, {
            course,
            parent: { kind: 'quiz', id: step.id },
            result: { response: 'a', success },
          });
        }
        const scaled = right / step.questions.length;
        const passed = scaled >= 0.75;
        add(passed ? 'passed' : 'failed', 'quiz', step.id, `Quiz ${step.id}`, {
          course,
          result: {
            success: passed,
            score: { scaled, raw: right, min: 0, max: step.questions.length },
          },
        });
      } else if (step.kind === 'scenario') {
        for (const node of step.nodes.slice(0, 3)) {
          add('answered', 'decision', `${step.id}/${node.id}`, `Decision ${node.id}`, {
            course,
            parent: { kind: 'scenario', id: step.id },
            result: { response: pick(node.choices) },
          });
        }
        add('completed', 'scenario', step.id, `Scenario ${step.id}`, {
          course,
          result: { completion: true, response: pick(step.endings) },
        });
      }
    }
    const report = {
      format: 'sideline-progress-report',
      version: 1,
      createdAt: new Date().toISOString(),
      learner: { id: learner, name },
      scope: { kind: 'everything' },
      statements: statements.slice(0, perReport),
    };
    // Laid out as serialiseReport (src/reports/format.ts) writes it: one statement per line.
    const { statements: all, ...heading } = report;
    const text = `${JSON.stringify(heading, null, 1).slice(0, -2)},\n "statements": [\n${all
      .map((statement) => `  ${JSON.stringify(statement)}`)
      .join(',\n')}\n ]\n}`;
    if (compressed) {
      // As the share page saves a compressed report (src/reports/compressed.ts).
      const gzip = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
      const blob = await new Response(gzip).blob();
      files.push(new File([blob], `report-${r + 1}.json.gz`, { type: 'application/gzip' }));
    } else files.push(new File([text], `report-${r + 1}.json`, { type: 'application/json' }));
  }
  window.__benchFiles = files;
  return { count: files.length, bytes: files.reduce((sum, file) => sum + file.size, 0) };
}

// ---- memory ------------------------------------------------------------------------------------
/** Resident memory (KB) of the largest Chromium renderer started by this benchmark: the insights page
 * is its only page, and its workers run inside the same renderer process. */
function rendererRssKb(ancestorPid) {
  const parentOf = (pid) =>
    Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[1] ?? 0);
  const descends = (pid) => {
    for (let p = pid, depth = 0; p > 1 && depth < 30; depth += 1) {
      p = parentOf(p);
      if (p === ancestorPid) return true;
    }
    return false;
  };
  let largest = 0;
  for (const pid of readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)) {
    try {
      if (
        !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer') ||
        !descends(pid)
      )
        continue;
      const rss = Number(
        /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0,
      );
      largest = Math.max(largest, rss);
    } catch {
      // The process ended while we looked.
    }
  }
  return largest;
}

// ---- run ---------------------------------------------------------------------------------------
const server = spawn(process.execPath, ['tests/e2e/serve.mjs', String(port), dist], {
  stdio: 'ignore',
});
await new Promise((resolve) => setTimeout(resolve, 800));
const choice = 'node_modules/.cache/sideline-browser.json';
const executablePath = existsSync(choice)
  ? JSON.parse(readFileSync(choice, 'utf8')).executablePath
  : undefined;
// A profile on disk, as a PMO's browser has: Chromium then keeps big files' data on disk when memory
// runs short. A throwaway (incognito) context cannot, and 10,000 reports made in the page (3.8 GB)
// came back unreadable after the first 5,400 or so, which a PMO's files on disk never do.
const profile = mkdtempSync(join(tmpdir(), 'sideline-bench-'));
const browser = await chromium.launchPersistentContext(profile, {
  ...(executablePath ? { executablePath } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = browser.pages()[0] ?? (await browser.newPage());
  if (process.env.DEBUG_CONSOLE) page.on('console', (m) => console.log('[page]', m.text()));
  await page.goto(`http://localhost:${port}/pmo/insights/`);
  await page.waitForSelector('[data-testid="insights-drop"]');
  // Hydration: the drop zone reacts only once React has attached its handlers.
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  const made = await page.evaluate(makeReports, {
    content: catalogue(),
    reports: REPORTS,
    perReport: STATEMENTS,
    compressed: COMPRESSED,
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const heapNow = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  };
  await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
  const heapBefore = await heapNow();
  const browserPid = process.pid;
  const rssBefore = rendererRssKb(browserPid);
  let heapPeak = heapBefore;
  let rssPeak = rssBefore;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      heapPeak = Math.max(heapPeak, await heapNow().catch(() => 0));
      rssPeak = Math.max(rssPeak, rendererRssKb(browserPid));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();

  const started = Date.now();
  await page.evaluate(() => {
    // When the first results so far appear (the page draws them after the first batch of files).
    const watcher = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="insights-so-far"]')) return;
      window.__firstResultMs = performance.now() - window.__droppedAt;
      watcher.disconnect();
    });
    watcher.observe(document.body, { childList: true, subtree: true });
    window.__droppedAt = performance.now();
    const transfer = new DataTransfer();
    for (const file of window.__benchFiles) transfer.items.add(file);
    const zone = document.querySelector('[data-testid="insights-drop"]');
    zone.dispatchEvent(
      new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
  });
  await page.waitForSelector('#insights-results', { timeout: 600_000 });
  const elapsed = Date.now() - started;
  const firstResult = await page.evaluate(() => window.__firstResultMs ?? NaN);
  sampling = false;
  await sampler;
  // The floor under any import of these files in this browser: fetching their bytes, nothing else.
  // Skipped beyond 2,000 reports: holding every file's text at once would itself fill the tab.
  const bytesOnly =
    REPORTS > 2000
      ? NaN
      : await page.evaluate(async () => {
          const begun = performance.now();
          await Promise.all(window.__benchFiles.map((file) => file.text()));
          return performance.now() - begun;
        });
  const summary = await page.textContent('[data-testid="insights-summary"]');
  const timings = JSON.parse(
    (await page.getAttribute('[data-testid="insights-summary"]', 'data-timings')) ?? '{}',
  );
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  console.log(
    `reports: ${made.count} files, ${mb(made.bytes)} of ${COMPRESSED ? 'gzip' : 'JSON'}, ~${STATEMENTS} statements each (${made.count * STATEMENTS} in all)`,
  );
  console.log(`page says: ${summary?.trim()}`);
  console.log(
    `import + aggregate + render: ${(elapsed / 1000).toFixed(2)} s (from the drop to the results on screen)`,
  );
  console.log(
    `  first results so far on screen: ${Number.isNaN(firstResult) ? 'not seen' : `${(firstResult / 1000).toFixed(2)} s`} after the drop`,
  );
  console.log(
    `  in the workers: read, check and summarise ${(timings.read / 1000).toFixed(2)} s, hand-over ${(timings.handOver / 1000).toFixed(2)} s, last summaries ${(timings.summarise / 1000).toFixed(2)} s`,
  );
  const { open = NaN, check = NaN, summarise = NaN } = timings.workers ?? {};
  console.log(
    `    summed over the workers: waiting for bytes (and unpacking) ${(open / 1000).toFixed(2)} s, parse and check ${(check / 1000).toFixed(2)} s, summarise ${(summarise / 1000).toFixed(2)} s`,
  );
  console.log(
    `  on the page after the workers: ${((elapsed - timings.read - timings.handOver - timings.summarise) / 1000).toFixed(2)} s, of which working out the figures ${(timings.aggregate / 1000).toFixed(2)} s and the rest drawing the results`,
  );
  const reasons = await page.$$eval('.insights-skipped li', (items) =>
    items.map((item) => item.textContent.replace(/^report-\d+\.json(\.gz)?: /, '')),
  );
  const counted = new Map();
  for (const reason of reasons) counted.set(reason, (counted.get(reason) ?? 0) + 1);
  for (const [reason, count] of counted) console.log(`  skipped ${count}: ${reason}`);
  console.log(
    `  for comparison, only reading the files' bytes (no checking) on the page: ${Number.isNaN(bytesOnly) ? 'not measured beyond 2,000 reports' : `${(bytesOnly / 1000).toFixed(2)} s`}`,
  );
  console.log(
    `  machine load average at the end: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} (2 cores)`,
  );
  console.log(
    `page JS heap: ${mb(heapBefore)} before, peak ${mb(heapPeak)} (CDP JSHeapUsedSize, main thread, sampled every 100 ms)`,
  );
  console.log(
    `renderer RSS: ${mb(rssBefore * 1024)} before, peak ${mb(rssPeak * 1024)} (includes the workers and the File data)`,
  );
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
  server.kill();
}
