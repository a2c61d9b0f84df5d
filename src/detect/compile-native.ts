// Compiling a RegExp to machine code at once (V8), for the RegExps a page runs many times once it
// has a mention.

/**
 * The subject length (UTF-16 code units) from which V8 compiles a RegExp straight to machine code
 * on its first exec (JSRegExp::kTierUpForSubjectLengthValue, src/regexp/regexp.cc "eagerly tier-up
 * if the subject string length is equal or greater"); below it the first exec compiles bytecode,
 * and the second compiles the machine code anyway (--regexp-tier-up-ticks=1).
 */
export const NATIVE_TIER_SUBJECT = 1000;

/** A character that only a two-byte string holds (V8 keeps text of Latin-1 characters one byte wide). */
const WIDE = /[^\0-\xff]/;

/**
 * Compiles `re` (any RegExp) to machine code now, for subjects of one width: V8 compiles a RegExp
 * apart for one-byte strings (Latin-1 text; the branches of other scripts drop out) and for
 * two-byte ones (any other character, a curly quote is enough). One exec, whose result is not
 * used, on white space NATIVE_TIER_SUBJECT long (a few µs), made two-byte by its first character
 * when `wide`. Leaves `re.lastIndex` at 0.
 */
export function compileNative(re: RegExp, wide: boolean): void {
  re.lastIndex = 0;
  re.exec((wide ? '\u0100' : ' ') + ' '.repeat(NATIVE_TIER_SUBJECT - 1));
  re.lastIndex = 0;
}

/**
 * A function to call with each subject before `re` runs on it: the first subject of each width
 * compiles `re` to machine code for that width (compileNative), without the bytecode V8 would
 * build first and throw away on the second exec. The matcher's RegExp runs more than once on any
 * page with a mention. Measured in Node 20 (fresh process, the matcher's 6,278-character RegExp,
 * a sentence with a curly quote): first exec 5.5 ms cold; 1.3 ms for the two-byte compile alone,
 * 0.6 ms for the one-byte one (docs/adr/0017-morphology.md). A one-byte subject that V8 holds two
 * bytes wide (a slice of a wider string) costs the compile it would have cost anyway.
 */
export function nativeWarmer(re: RegExp): (subject: string) => void {
  let oneByte = false;
  let twoByte = false;
  return (subject) => {
    if (oneByte && twoByte) return;
    const wide = WIDE.test(subject);
    if (wide ? twoByte : oneByte) return;
    if (wide) twoByte = true;
    else oneByte = true;
    compileNative(re, wide);
  };
}
