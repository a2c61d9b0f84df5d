import { describe, expect, it } from 'vitest';
import { COMPILED_MATCHER } from './match.compiled';
import { NATIVE_TIER_SUBJECT, compileNative, nativeWarmer } from './compile-native';

/** `re` with its exec() subjects recorded. */
function recorded(source: string, flags: string): { re: RegExp; seen: string[] } {
  const re = new RegExp(source, flags);
  const seen: string[] = [];
  const exec = re.exec.bind(re);
  re.exec = (s: string) => {
    seen.push(s);
    return exec(s);
  };
  return { re, seen };
}

describe('compileNative', () => {
  it.each(['g', 'y', ''])(
    'leaves lastIndex at 0 and the RegExp finding what it found before (flags "%s")',
    (flags) => {
      for (const wide of [false, true]) {
        const re = new RegExp('\\s+|Baku', flags);
        re.lastIndex = 7;
        compileNative(re, wide);
        expect(re.lastIndex).toBe(0);
        expect(re.exec('Baku talks')?.[0]).toBe('Baku');
      }
    },
  );

  it('runs once on a subject long enough for V8 to compile machine code at once, of the width asked', () => {
    const { re, seen } = recorded(COMPILED_MATCHER.source, 'g');
    compileNative(re, false);
    compileNative(re, true);
    expect(NATIVE_TIER_SUBJECT).toBeGreaterThanOrEqual(1000);
    expect(seen.map((s) => s.length)).toEqual([NATIVE_TIER_SUBJECT, NATIVE_TIER_SUBJECT]);
    expect(seen.map((s) => /[^\0-\xff]/.test(s))).toEqual([false, true]);
  });
});

describe('nativeWarmer', () => {
  it('compiles once per width, on the first subject of that width only', () => {
    const { re, seen } = recorded(COMPILED_MATCHER.source, 'g');
    const warm = nativeWarmer(re);
    warm('Talks in Baku');
    warm('Talks in Baku again');
    warm('Baku’s port');
    warm('Israël et l’Azerbaïdjan');
    warm('Bakı');
    expect(seen.map((s) => /[^\0-\xff]/.test(s))).toEqual([false, true]);
    re.lastIndex = 0;
    expect(re.exec("Talks in Baku's port")?.[0]).toBe("Baku's");
  });
});
