import { benchDashboard } from './dashboard';
import { benchPageLoad } from './page-load';
import { benchPolicy } from './policy';
import { benchReport } from './report';
import { benchTabState } from './tab-state';
import { benchCrawl } from './crawl';

/**
 * `npm run bench`: prints every figure the README quotes. `npm run bench -- page` runs only the
 * sections whose title contains "page" (case-insensitive), for a quicker look at one of them.
 */
async function main(): Promise<void> {
  const only = process.argv.slice(2).map((word) => word.toLowerCase());
  const sections: [string, () => Promise<Record<string, number>>][] = [
    ['Understanding: policy analysis', benchPolicy],
    ['Seeing: page load and content script', benchPageLoad],
    ['Analysing: privacy-inspector report', () => benchReport()],
    ['Keeping: stored state per tab', benchTabState],
    ['History: the dashboard with 5,000 sites kept, and loads with history on and off', benchDashboard],
    ['Crawling: privacy-inspector crawl', benchCrawl],
  ];
  for (const [title, run] of sections) {
    if (only.length && !only.some((word) => title.toLowerCase().includes(word))) continue;
    const figures = await run();
    console.log(`\n## ${title}\n`);
    console.log('| figure | value |\n|---|---|');
    for (const [name, value] of Object.entries(figures)) console.log(`| ${name} | ${Number.isInteger(value) ? value : value.toFixed(3)} |`);
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
