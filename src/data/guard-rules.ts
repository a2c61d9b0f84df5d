// The kinds of rule src/data/aliases.ts writes its look-alike rules in (src/detect/match-compile.ts
// compiles each kind into a check of src/detect/match.ts).
import type { EntityId } from './types';

interface GuardBase {
  id: string;
  entity: EntityId;
  description: string;
  /** The written forms (src/data/morphology.ts) the rule applies to; their upper-case forms too. */
  aliases: readonly string[];
  /** Documented cases, checked by the tests: `mention` texts contain exactly one mention of
   *  `entity` through one of `aliases`; `notMention` texts contain none. */
  examples: { mention: readonly string[]; notMention: readonly string[] };
}

/**
 * The alias is a given name when white space and then a capitalised word follow it: a word that
 * starts with an upper-case letter followed by a lower-case letter ("Adesanya", "McCoy"), or an
 * initial ("J. ") — unless that word is in `allow` (or is itself a form of an alias, e.g.
 * "Israel Azerbaijan ties"). An all-caps following word never triggers the rule, so all-caps
 * headlines are unaffected. A quoted nickname between them is skipped: in Israel „IZ“
 * Kamakawiwo'ole and Israel “The Last Stylebender” Adesanya the surname decides (match.ts
 * withoutNickname: one to three capitalised words in quotation marks).
 *
 * Limit: this is a heuristic. A capitalised word that is not in `allow` — a name after a
 * sentence without punctuation ("In Israel Netanyahu said"), or an unlisted headline word
 * ("Israel Mulls …") — suppresses a real mention; a surname that is in `allow` ("Israel Prize")
 * or a name split from the alias by markup (separate text nodes) lets a given name through.
 */
export interface NotFollowedByNameRule extends GuardBase {
  kind: 'not-followed-by-name';
  allow: readonly string[];
  /**
   * A Title-case headline: when the capitalised word ends with this (a verb's third person,
   * "Shores", "Mulls") and another capitalised word follows it, the alias is the subject of a
   * headline ("Israel Shores Up Relations with Azerbaijan"), not a given name.
   */
  headlineVerbEnding?: string;
  /**
   * A Title-case headline: when this many capitalised words follow the alias in a row ("Israel
   * Tout Strategic Ties"), it is the headline's subject. A name plus a headline verb ("Israel Katz
   * Says") is two, and stays a name.
   */
  headlineRun?: number;
}

/**
 * Not the entity when one of `words` (in Title or UPPER case) and white space stand right before
 * it, or the text before it ends with a match of one of `patterns` (RegExp sources without the
 * 'u' flag, matched at the end of the 64 characters before the alias).
 */
export interface NotPrecededByRule extends GuardBase {
  kind: 'not-preceded-by';
  words: readonly string[];
  patterns?: readonly string[];
}

/** Not the entity when white space and then one of `words` (as written) follow it, after a quoted nickname if any. */
export interface NotFollowedByWordRule extends GuardBase {
  kind: 'not-followed-by-word';
  words: readonly string[];
}

/** Not the entity when one of `words` (any case) stands within `window` characters before or after it. */
export interface NotNearRule extends GuardBase {
  kind: 'not-near';
  words: readonly string[];
  /** How far to look, in UTF-16 code units each side: about a sentence. */
  window: number;
}

export type GuardRule = NotFollowedByNameRule | NotPrecededByRule | NotFollowedByWordRule | NotNearRule;
