import { describe, expect, it } from 'vitest';
import { emptySignals } from '../../../lib/widgets/signals';

describe('emptySignals', () => {
  it('has every list, each empty', () => {
    expect(Object.keys(emptySignals).sort()).toEqual(['cookieNames', 'frameUrls', 'globals', 'markers', 'requestUrls', 'scriptUrls']);
    for (const list of Object.values(emptySignals)) expect(list).toEqual([]);
  });
});
