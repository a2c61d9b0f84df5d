import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// `npm install` on the oldest Node that package.json accepts must be clean: every installed
// package (tools included) has to accept that Node too, or npm prints EBADENGINE warnings and the
// tool may fail at run time (issue 15: listr2 10 wanted Node >= 22.13 under our ">= 20").
const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[] }>;
};

describe('engines', () => {
  const oldest = semver.minVersion(pkg.engines.node)?.version;

  it('package.json names a Node range with a lowest version', () => {
    expect(oldest).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('every locked package accepts the oldest Node that package.json accepts', () => {
    const refusing = Object.entries(lock.packages)
      .map(([path, meta]) => [path, Array.isArray(meta.engines) ? undefined : meta.engines?.node] as const)
      .filter(([, range]) => typeof range === 'string' && !semver.satisfies(oldest!, range))
      .map(([path, range]) => `${path} wants node ${range}`);
    expect(refusing).toEqual([]);
  });
});
