import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FixtureServer } from '../cli/fixture-server';
import { addDemoSite } from '../demo/site';
import { ensureChromeBuild } from '../cli/extension-build';
import { pairedLoads, LAUNCHES, PAIRS, PAUSE_MS } from './page-load';
import { median } from './stats';

/**
 * `npm run bench:variants`: where the page-load overhead comes from. The same paired loads as
 * `npm run bench`, for the built extension and for variants made from it by editing its
 * manifest, plus three controls that are not this extension at all. Slow (about a minute per
 * variant per 30 pairs); run it on an otherwise idle machine.
 */

type Manifest = Record<string, unknown> & { permissions?: string[] };

interface Variant {
  readonly name: string;
  /** What the variant is made from: this extension as built, or an empty MV3 extension (a control, not ours). */
  readonly from: 'build' | 'empty';
  /** Edits a copy of the starting manifest. */
  readonly edit?: (manifest: Manifest) => Manifest;
  /** Extra files for the variant (name → content). */
  readonly files?: Readonly<Record<string, string>>;
}

const emptyExtension: Manifest = { manifest_version: 3, name: 'Empty', version: '1.0', background: { service_worker: 'worker.js' } };

const dnrControl = 'control: an empty MV3 extension that holds declarativeNetRequest';

const variants: Variant[] = [
  { name: 'this extension, as built', from: 'build' },
  {
    // What the page scripts cost when declared, as they were before (the background still injects
    // after load too; both scripts then find themselves already running and return).
    name: 'with its page scripts declared in the manifest (the previous design)',
    from: 'build',
    edit: (manifest) => ({
      ...manifest,
      content_scripts: [
        { matches: ['http://*/*', 'https://*/*'], js: ['detector.js'], run_at: 'document_idle' },
        { matches: ['http://*/*', 'https://*/*'], js: ['autoconsent.js'], run_at: 'document_start', all_frames: true },
      ],
    }),
  },
  {
    name: 'without declarativeNetRequest (no blocking, no signals)',
    from: 'build',
    edit: (manifest) => ({ ...manifest, permissions: (manifest.permissions ?? []).filter((permission) => permission !== 'declarativeNetRequest') }),
  },
  { name: 'control: an empty MV3 extension', from: 'empty' },
  {
    // The price every blocker pays: Chromium routes every request of a profile through the
    // extension's rule matcher once it holds declarativeNetRequest, rules or none. The target
    // is this extension within 1 point of this control (issue 12).
    name: dnrControl,
    from: 'empty',
    edit: (manifest) => ({ ...manifest, permissions: ['declarativeNetRequest'] }),
  },
  {
    name: 'control: an empty MV3 extension with one empty declared content script',
    from: 'empty',
    edit: (manifest) => ({ ...manifest, content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['empty.js'], run_at: 'document_idle' }] }),
    files: { 'empty.js': 'void 0;\n' },
  },
];

async function materialise(variant: Variant, built: string, root: string, index: number): Promise<string> {
  const dir = join(root, `variant-${index}`);
  let manifest = emptyExtension;
  if (variant.from === 'build') {
    await cp(built, dir, { recursive: true });
    manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } else {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'worker.js'), '');
  }
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(variant.edit ? variant.edit(manifest) : manifest));
  for (const [name, content] of Object.entries(variant.files ?? {})) await writeFile(join(dir, name), content);
  return dir;
}

async function main(): Promise<void> {
  const built = ensureChromeBuild((line) => console.error(line));
  const root = await mkdtemp(join(tmpdir(), 'privacy-inspector-variants-'));
  const server = await new FixtureServer().start();
  addDemoSite(server);
  try {
    console.log(`\n## Page load with / without, by variant: median of ${PAIRS} paired loads over ${LAUNCHES} launches, ${PAUSE_MS} ms apart\n`);
    console.log('| variant | ratio | launch medians (lowest – highest) | ms with / without |\n|---|---|---|---|');
    const medians = new Map<string, number>();
    for (const [index, variant] of variants.entries()) {
      const dir = await materialise(variant, built, root, index);
      const loads = await pairedLoads(dir, server.chromiumArgs(), `${server.origin}/busy.html`, PAIRS, LAUNCHES, PAUSE_MS,
        // Our worker announces itself when wired; a control's never does.
        variant.from === 'build' ? undefined : null);
      const spread = `${Math.min(...loads.launchMedians).toFixed(3)} – ${Math.max(...loads.launchMedians).toFixed(3)}`;
      console.log(`| ${variant.name} | ${median(loads.ratios).toFixed(3)} | ${spread} | ${median(loads.timesWith).toFixed(0)} / ${median(loads.timesWithout).toFixed(0)} |`);
      medians.set(variant.name, median(loads.ratios));
    }
    const asBuilt = medians.get(variants[0]!.name);
    const control = medians.get(dnrControl);
    if (asBuilt !== undefined && control !== undefined) {
      console.log(`\nThis extension against the empty extension that holds declarativeNetRequest: ${((asBuilt - control) * 100).toFixed(1)} points (target: within 1 point).`);
    }
  } finally {
    await server.stop();
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench:variants: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
