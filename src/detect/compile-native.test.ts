import { describe, expect, it } from 'vitest';
import { COMPILED_MATCHER } from './match.compiled';
import { NATIVE_TIER_SUBJECT, compileNative } from './compile-native';

describe('compileNative', () => {
  it.each(['g', 'y', ''])(
    'leaves lastIndex at 0 and the RegExp finding what it found before (flags "%s")',
    (flags) => {
      const re = new RegExp('\\s+|Baku', flags);
      re.lastIndex = 7;
      compileNative(re);
      expect(re.lastIndex).toBe(0);
      expect(re.exec('Baku talks')?.[0]).toBe('Baku');
    },
  );

  it("runs the matcher's RegExp on a subject long enough for V8 to compile machine code at once", () => {
    const re = new RegExp(COMPILED_MATCHER.source, 'g');
    const seen: string[] = [];
    const exec = re.exec.bind(re);
    re.exec = (s: string) => {
      seen.push(s);
      return exec(s);
    };
    compileNative(re);
    expect(seen.map((s) => s.length)).toEqual([NATIVE_TIER_SUBJECT]);
    expect(NATIVE_TIER_SUBJECT).toBeGreaterThanOrEqual(1000);
    re.lastIndex = 0;
    expect(exec("Talks in Baku's port")?.[0]).toBe("Baku's");
  });
});
