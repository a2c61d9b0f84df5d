// Compiling a RegExp to machine code at once (V8), for the RegExps a page runs many times once it
// has a mention. Its own module so the content script's first stage can use it too.

/**
 * The subject length (UTF-16 code units) from which V8 compiles a RegExp straight to machine code
 * on its first exec (JSRegExp::kTierUpForSubjectLengthValue, src/regexp/regexp.cc "eagerly tier-up
 * if the subject string length is equal or greater"); below it the first exec compiles bytecode,
 * and the second compiles the machine code anyway (--regexp-tier-up-ticks=1).
 */
export const NATIVE_TIER_SUBJECT = 1000;

/**
 * Compiles `re` (any RegExp) to machine code now, without the bytecode V8 would build first: one
 * exec, whose result is not used, on white space NATIVE_TIER_SUBJECT long (a few µs). The matcher's
 * RegExp is run more than once on any page with a mention, so its bytecode is thrown away at
 * once: building it cost more than the machine code (Node 20, first find of a Latin mention:
 * 2.3 ms with the bytecode, 0.9 ms without; docs/adr/0017-morphology.md). Other engines run a
 * harmless exec. Leaves `re.lastIndex` at 0.
 */
export function compileNative(re: RegExp): void {
  re.lastIndex = 0;
  re.exec(' '.repeat(NATIVE_TIER_SUBJECT));
  re.lastIndex = 0;
}
