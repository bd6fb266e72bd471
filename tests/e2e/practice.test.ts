/**
 * Policy against practice, end to end: two pages of one local site that each set a 2-year
 * `_ga` cookie (Chromium caps it at 400 days), one whose policy says data is kept 30 days and
 * one whose policy says 2 years. `scan` and the popup show the first mismatch and nothing for
 * the second.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdir } from 'node:fs/promises';
import { startHarness, type Harness } from './support/harness';
import { addPracticePages, SHORT_POLICY_QUOTE } from './support/practice-pages';
import { openPopup, screenshotPopup } from '../../cli/popup-screenshot';
import { describeSchemaError, schemaValidator } from '../../cli/report/format-schemas';

const run = promisify(execFile);
const shots = 'artifacts/screenshots';
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(addPracticePages);
  await mkdir(shots, { recursive: true });
});

afterAll(async () => {
  await harness?.close();
});

describe('policy against practice', () => {
  it('scan: a 30-day policy against a 2-year cookie is a mismatch with both pieces of evidence; a consistent page has none', async () => {
    const origin = harness.server.origin;
    const browserArgs = harness.server.chromiumArgs().map((flag) => `--browser-arg=${flag}`);
    const { stdout } = await run(process.execPath, ['cli/bin.js', 'scan', '--json', `${origin}/practice/short.html`, `${origin}/practice/consistent.html`, ...browserArgs], {
      timeout: 180_000,
      maxBuffer: 20 * 1024 * 1024,
    });
    const results = JSON.parse(stdout);
    const scanOutput = schemaValidator('scan-output');
    expect(scanOutput(results), describeSchemaError(scanOutput.errors)).toBe(true);
    const [short, consistent] = results;
    expect(short.policy).toMatchObject({ status: 'ready', url: `${origin}/practice/short-privacy.html` });
    expect(short.mismatches).toHaveLength(1);
    expect(short.mismatches[0]).toMatchObject({
      kind: 'retention',
      severity: 'high',
      policyEvidence: { policy: 'site', policyUrl: `${origin}/practice/short-privacy.html`, fact: 'retention', claim: 'keeps data for at most 30 days', quote: SHORT_POLICY_QUOTE },
      observed: { type: 'cookie', name: '_ga', vendor: 'Google Analytics', domain: '127.0.0.1' },
    });
    expect(short.mismatches[0].observed.lifetimeDays).toBeGreaterThan(390);
    expect(consistent.policy).toMatchObject({ status: 'ready', url: `${origin}/practice/consistent-privacy.html` });
    expect(consistent.policy.facts.retention.periods).toEqual(['2 years']);
    expect(consistent.cookies.map((cookie: { name: string }) => cookie.name)).toContain('_ga');
    expect(consistent.mismatches).toEqual([]);
  });

  it('popup: once the policy was read, its own section shows the quote against the cookie; nothing on a consistent page', async () => {
    const { tabId } = await harness.open('/practice/short.html');
    const popup = await openPopup(harness.browser, harness.extensionId, tabId);
    // Nothing read yet, so nothing to hold the page to: the section is not there.
    await popup.waitForSelector('[data-practice-checked]');
    expect(await popup.$('section[data-section="mismatches"]')).toBeNull();
    await popup.click('button[data-panel="policy"]');
    await popup.waitForSelector('.policy[data-status="ready"]', { timeout: 20_000 });
    await popup.click('button[data-panel="overview"]');
    await popup.waitForSelector('section[data-section="mismatches"] li[data-mismatch-kind="retention"]', { timeout: 10_000 });
    const text = await popup.$eval('section[data-section="mismatches"]', (element) => element.textContent ?? '');
    expect(text).toContain(SHORT_POLICY_QUOTE);
    expect(text).toMatch(/cookie _ga \(Google Analytics\) on 127\.0\.0\.1, lives 1\.1 years/);
    const link = await popup.$eval('section[data-section="mismatches"] a', (anchor) => anchor.getAttribute('href'));
    expect(link).toMatch(/\/practice\/short-privacy\.html#:~:text=/);
    await screenshotPopup(popup, `${shots}/popup-mismatches.png`);
    await popup.close();

    const consistent = await harness.open('/practice/consistent.html');
    const consistentPopup = await openPopup(harness.browser, harness.extensionId, consistent.tabId);
    await consistentPopup.click('button[data-panel="policy"]');
    await consistentPopup.waitForSelector('.policy[data-status="ready"]', { timeout: 20_000 });
    await consistentPopup.click('button[data-panel="overview"]');
    await consistentPopup.waitForSelector('[data-practice-checked="0"]', { timeout: 10_000 });
    expect(await consistentPopup.$('section[data-section="mismatches"]')).toBeNull();
    await consistentPopup.close();
  });
});
