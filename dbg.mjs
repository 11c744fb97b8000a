import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1280, height: 720 } });
await p.goto('http://localhost:4412/courses/sponsor-induction/sponsor-what-you-own/');
await p.getByRole('button', { name: 'Mark as done' }).scrollIntoViewIfNeeded();
await p.getByRole('button', { name: 'Mark as done' }).click();
await p.waitForTimeout(500);
await p.goto('http://localhost:4412/courses/sponsor-induction/sponsor-up-and-out/');
await p.waitForTimeout(1500);
console.log(await p.evaluate(() => new Promise((resolve) => {
  const out = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) out.push({ value: e.value, t: e.startTime, sources: (e.sources||[]).map(s => ({ node: s.node ? (s.node.nodeName + ' ' + (s.node.className||'') + ' ' + (s.node.textContent||'').slice(0,40)) : null, prev: JSON.stringify(s.previousRect), cur: JSON.stringify(s.currentRect) })) }); }).observe({ type: 'layout-shift', buffered: true });
  setTimeout(() => resolve(JSON.stringify(out, null, 1)), 500);
})));
await b.close();
