/**
 * A local shop whose policy contradicts what its pages do (policy against practice): each page
 * sets a 2-year `_ga` cookie (Chromium caps it at 400 days); /practice/short.html links a policy
 * that keeps data 30 days (a mismatch), /practice/consistent.html one that keeps it 2 years (none).
 */
import type { FixtureServer } from '../../../cli/fixture-server';
import { pageHtml } from '../../../demo/pages';

/** The sentence of the short policy a mismatch quotes. */
export const SHORT_POLICY_QUOTE = 'We keep your personal data for 30 days and then delete it.';

/** Our own synthetic policy: ordinary sentences around one stated retention period. */
function policyHtml(period: string): string {
  return pageHtml(
    'Privacy Policy',
    `<article>
      <p>This privacy policy explains what personal data Practice Shop collects when you use our website and how we use it.</p>
      <p>We collect your name, your email address and your IP address when you place an order, and we use cookies to remember your basket and to count visits.</p>
      <p>We keep your personal data for ${period} and then delete it.</p>
      <p>You may ask us for a copy of your personal data, or ask us to correct or delete it, by writing to privacy@practice-shop.example.</p>
      <p>We protect your data with appropriate security measures and we process it only for the purposes described in this policy.</p>
    </article>`,
    { footer: false },
  );
}

/** A shop page that sets a Google Analytics-style identifier for two years and links its own policy. */
function shopPage(policyPath: string): string {
  return pageHtml(
    'Practice Shop',
    `<p>Welcome to the shop.</p>
     <script>document.cookie = '_ga=GA1.1.1234567890.1700000000; max-age=' + 2 * 365 * 86400 + '; path=/';</script>
     <footer><a href="${policyPath}">Privacy Policy</a></footer>`,
    { footer: false },
  );
}

export function addPracticePages(server: FixtureServer): void {
  server.page('/practice/short.html', shopPage('/practice/short-privacy.html'));
  server.page('/practice/short-privacy.html', policyHtml('30 days'));
  server.page('/practice/consistent.html', shopPage('/practice/consistent-privacy.html'));
  server.page('/practice/consistent-privacy.html', policyHtml('2 years'));
}
