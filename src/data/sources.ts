import type { Source } from './types';
import { VERIFICATION_SOURCES } from './sources-verification';
import { VERIFICATION_2026_11_SOURCES } from './sources-verification-2026-11';

// The sources that some fact cites: S1–S55 as in shared/facts/verification.md, S56 on from the
// November 2026 check (shared/facts/verification-2026-11.md). Dates: the publication date the list
// gives or implies; undated reference pages (Wikipedia articles, databases, profiles) carry the
// year their text was read. No source is a mirror, a proxy or a cleartext (http) link: the
// Wikipedia mirrors of the first check are cited as the Wikipedia article itself (data.test.ts
// rejects the known mirror hosts). Titles in square brackets are descriptions where the
// headline itself was not checked.
export const SOURCES: Source[] = [...VERIFICATION_SOURCES, ...VERIFICATION_2026_11_SOURCES];
