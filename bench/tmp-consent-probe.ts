import { FixtureServer } from '../cli/fixture-server';
import { addDemoSite } from '../demo/site';
import { launchBrowser } from '../cli/launch-browser';
import { chromeBuildDir } from '../cli/extension-build';

const server = await new FixtureServer().start();
addDemoSite(server);
const launched = await launchBrowser({ extensionDir: chromeBuildDir, extraArgs: server.chromiumArgs() });
const page = await launched.browser.newPage();
const busy = `${server.origin}/busy.html`;
for (let i = 0; i < 3; i++) await page.goto(`${busy}?w=${i}`, { waitUntil: 'load' });
for (let run = 0; run < 4; run++) {
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.goto(`${busy}?r=${run}`, { waitUntil: 'load' });
  const loadEnd = await page.evaluate(() => { const [n] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]; return n!.loadEventEnd - n!.startTime; });
  await new Promise((r) => setTimeout(r, Number(process.env.SETTLE ?? 10000)));
  const trace = JSON.parse(Buffer.from((await page.tracing.stop())!).toString('utf8')) as { traceEvents: { name: string; ph: string; ts: number; dur?: number; args?: { data?: { url?: string; scriptName?: string } } }[] };
  const by: Record<string, number> = {};
  for (const e of trace.traceEvents) {
    const source = e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
    if (e.ph === 'X' && e.dur && source.endsWith('/autoconsent.js')) by[e.name] = (by[e.name] ?? 0) + e.dur / 1000;
  }
  console.log('load', loadEnd.toFixed(0), JSON.stringify(Object.fromEntries(Object.entries(by).map(([k, v]) => [k, +v.toFixed(2)]))));
}
await launched.close();
await server.stop();
