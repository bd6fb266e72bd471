import { describe, expect, it } from 'vitest';
import { withConsentEvent, type ConsentEvent, type ConsentStatus } from '../../../lib/consent/consent-status';

const page = 'https://shop.example/';
const frame = 'https://cdn.privacy-mgmt.com/index.html?message_id=1';

function replay(events: ConsentEvent[], start: ConsentStatus | null = null): ConsentStatus | null {
  return events.reduce<ConsentStatus | null>((status, event, index) => withConsentEvent(status, event, 1000 + index), start);
}

describe('what autoconsent did on a page', () => {
  it('starts each page as none found, or disabled when the switch is off', () => {
    expect(replay([{ kind: 'page', url: page, enabled: true }])).toEqual({ cmp: '', outcome: 'none-found', url: page, at: 1000 });
    expect(replay([{ kind: 'page', url: page, enabled: false }])).toMatchObject({ outcome: 'disabled' });
  });

  it('records a rejected pop-up with its consent manager and clicks', () => {
    const status = replay([
      { kind: 'page', url: page, enabled: true },
      { kind: 'detected', cmp: 'Onetrust', frameUrl: page },
      { kind: 'opt-out', cmp: 'Onetrust', succeeded: true, frameUrl: page },
      { kind: 'done', cmp: 'Onetrust', cosmetic: false, clicks: 1, frameUrl: page },
    ]);
    expect(status).toEqual({ cmp: 'Onetrust', outcome: 'rejected', url: page, clicks: 1, at: 1003 });
  });

  it('says hidden, not rejected, when only a cosmetic rule applied', () => {
    const status = replay([
      { kind: 'page', url: page, enabled: true },
      { kind: 'opt-out', cmp: 'cookie-notice', succeeded: true, frameUrl: page },
      { kind: 'done', cmp: 'cookie-notice', cosmetic: true, clicks: 0, frameUrl: page },
    ]);
    expect(status).toMatchObject({ cmp: 'cookie-notice', outcome: 'hidden' });
  });

  it('records a failed opt-out', () => {
    expect(replay([{ kind: 'page', url: page, enabled: true }, { kind: 'opt-out', cmp: 'Onetrust', succeeded: false, frameUrl: page }])).toMatchObject({
      cmp: 'Onetrust',
      outcome: 'failed',
    });
  });

  it('names a consent manager that is present without a pop-up', () => {
    expect(replay([{ kind: 'page', url: page, enabled: true }, { kind: 'detected', cmp: 'Onetrust', frameUrl: page }])).toMatchObject({
      cmp: 'Onetrust',
      outcome: 'none-found',
    });
  });

  it('keeps the frame where a pop-up was answered, and the page it belongs to', () => {
    const status = replay([
      { kind: 'page', url: page, enabled: true },
      { kind: 'detected', cmp: 'Sourcepoint-frame', frameUrl: frame },
      { kind: 'done', cmp: 'Sourcepoint-frame', cosmetic: false, clicks: 2, frameUrl: frame },
    ]);
    expect(status).toMatchObject({ cmp: 'Sourcepoint-frame', outcome: 'rejected', url: page, frameUrl: frame, clicks: 2 });
  });

  it("never lets one frame's lesser news hide another's answer", () => {
    const answered = replay([
      { kind: 'page', url: page, enabled: true },
      { kind: 'done', cmp: 'Sourcepoint-frame', cosmetic: false, clicks: 1, frameUrl: frame },
    ]);
    const after = replay(
      [
        { kind: 'detected', cmp: 'cookiealert', frameUrl: 'https://ads.example/frame' },
        { kind: 'opt-out', cmp: 'piano.io', succeeded: false, frameUrl: 'https://ads.example/frame' },
        { kind: 'done', cmp: 'cookie-notice', cosmetic: true, clicks: 0, frameUrl: page },
      ],
      answered,
    );
    expect(after).toEqual(answered);
  });

  it('starts over on a new page', () => {
    const answered = replay([{ kind: 'page', url: page, enabled: true }, { kind: 'done', cmp: 'Onetrust', cosmetic: false, clicks: 1, frameUrl: page }]);
    expect(replay([{ kind: 'page', url: 'https://other.example/', enabled: true }], answered)).toMatchObject({ cmp: '', outcome: 'none-found', url: 'https://other.example/' });
  });

  it('ignores stray results on a page where the switch is off', () => {
    const disabled = replay([{ kind: 'page', url: page, enabled: false }]);
    expect(replay([{ kind: 'done', cmp: 'Onetrust', cosmetic: false, clicks: 1, frameUrl: page }], disabled)).toBe(disabled);
  });

  it('still records results when the page was never announced (the worker restarted)', () => {
    expect(replay([{ kind: 'done', cmp: 'Onetrust', cosmetic: false, clicks: 1, frameUrl: page }])).toMatchObject({ outcome: 'rejected', url: page });
  });
});
