import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../../../../lib/policy/read/analyze';
import { diffAnalyses } from '../../../../lib/policy/show/diff';

describe('diffAnalyses', () => {
  const before = analyzePolicy('Last updated: May 1, 2014\n\nThese sites are not intended for children under the age of 18. We may share data with our affiliates. We do not sell personal data.');
  const after = analyzePolicy('Last updated: June 2, 2019\n\nWe do not knowingly collect data from children under 13. We may share data with advertisers. We do not respond to Do Not Track signals. We do not sell personal data.');

  it('lists one change per field with readable summaries', () => {
    const changes = diffAnalyses(before, after);
    expect(changes.map((c) => c.summary)).toEqual([
      'Last updated: 2014-05-01 -> 2019-06-02',
      'Now names Do Not Track: not honored',
      'Child age: 18 -> 13',
      'Sharing: now advertisers; no longer affiliates',
    ]);
    expect(changes[2]).toMatchObject({ field: 'childAge', before: 18, after: 13 });
  });

  it('says when a point disappears and finds nothing between equal analyses', () => {
    expect(diffAnalyses(after, before).map((c) => c.summary)).toContain('No longer names Do Not Track (was not honored)');
    expect(diffAnalyses(before, before)).toEqual([]);
  });
});
