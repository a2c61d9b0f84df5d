import { describe, expect, it } from 'vitest';
import { NOT_TEXT_SELECTOR } from '@/page/first-stage';
import { isExcluded } from '@/page/markable';
import { inlineRole } from '@/page/inline-run';
import { EDITABLE_SELECTOR, NOT_TEXT_TAGS } from '@/page/excluded';

// The first stage, the scanner and the inline-run rules once kept three copies of this list, and
// they had drifted (the run rules lacked `title`). Each must exclude every element of the one list.
describe('the excluded elements (CONTRACT.md), one list for every reader', () => {
  it.each(NOT_TEXT_TAGS)('<%s> is excluded by the first stage, the scanner and the run rules', (tag) => {
    const el = document.createElement(tag);
    expect(el.matches(NOT_TEXT_SELECTOR)).toBe(true);
    expect(isExcluded(el)).toBe(true);
    expect(inlineRole({ tag, display: 'inline', float: 'none', editable: false })).toBe('excluded');
  });

  it('an editable region is excluded by the first stage and the scanner, and not a plain one', () => {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', '');
    expect(el.matches(NOT_TEXT_SELECTOR)).toBe(true);
    expect(el.matches(EDITABLE_SELECTOR)).toBe(true);
    expect(isExcluded(el)).toBe(true);
    const plain = document.createElement('p');
    expect(plain.matches(NOT_TEXT_SELECTOR)).toBe(false);
    expect(isExcluded(plain)).toBe(false);
  });
});
