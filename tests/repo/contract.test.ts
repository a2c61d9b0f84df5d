import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, SHARED } from '../../scripts/harness.mjs';
import { join } from 'node:path';

// docs/CONTRACT.md is a copy of the shared outside contract, so that the code's references to it
// resolve inside the repository. The shared file is the source: when it changes, copy it again.
describe('docs/CONTRACT.md', () => {
  it('is the same as the shared contract (../shared/CONTRACT.md, or $BRIEFLIGHT_SHARED)', () => {
    const shared = join(SHARED, 'CONTRACT.md');
    let source: string;
    try {
      source = readFileSync(shared, 'utf8');
    } catch {
      throw new Error(
        `${shared} is missing: put the shared material beside the repository or set BRIEFLIGHT_SHARED`,
      );
    }
    expect(
      readFileSync(join(ROOT, 'docs', 'CONTRACT.md'), 'utf8'),
      `copy ${shared} to docs/CONTRACT.md`,
    ).toBe(source);
  });
});
