import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parserOf } from '@/utils/parse';

describe('parserOf', () => {
  it("gives the schema's output for data that parses, undefined for anything else", () => {
    const parse = parserOf(
      v.strictObject({ type: v.literal('ping'), n: v.pipe(v.string(), v.transform(Number)) }),
    );
    expect(parse({ type: 'ping', n: '4' })).toEqual({ type: 'ping', n: 4 });
    expect(parse({ type: 'ping', n: '4', extra: 1 })).toBeUndefined();
    expect(parse('ping')).toBeUndefined();
    expect(parse(undefined)).toBeUndefined();
  });
});
