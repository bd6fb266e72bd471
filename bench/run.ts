import { benchPageLoad } from './page-load';
import { benchPolicy } from './policy';
import { benchReport } from './report';
import { benchTabState } from './tab-state';

/** `npm run bench`: prints every figure the README quotes. */
async function main(): Promise<void> {
  const sections: [string, () => Promise<Record<string, number>>][] = [
    ['Understanding: policy analysis', benchPolicy],
    ['Seeing: page load and content script', benchPageLoad],
    ['Analysing: privacy-inspector report', () => benchReport()],
    ['Keeping: stored state per tab', benchTabState],
  ];
  for (const [title, run] of sections) {
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
