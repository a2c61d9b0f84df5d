// Valibot schemas for the bundled data and a whole-dataset check. Used by tests only: the content
// script imports src/data/index.ts, which must not pull valibot in.
import * as v from 'valibot';
import {
  ENTITY_IDS,
  ENTITY_KINDS,
  FACT_KINDS,
  FACT_STATUSES,
  SECTION_IDS,
  TOPICS,
  type Block,
  type Briefing,
  type Change,
  type Claim,
  type Entity,
  type EntityId,
  type FactKind,
  type Fact,
  type Source,
  type Span,
} from './types';
import { sourceUrlProblems } from './source-urls';

const MAX_FACT_TEXT = 160;

/** True for a real calendar date written YYYY-MM-DD (2023-02-30 is not one). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** True for YYYY, YYYY-MM or a real YYYY-MM-DD. */
export function isIsoDateOrPartial(s: string): boolean {
  if (/^\d{4}$/.test(s)) return true;
  const m = /^\d{4}-(\d{2})$/.exec(s);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 12;
  return isCalendarDate(s);
}

function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

/** A page labelled as an older version must be a permalink to that revision (`oldid=`). */
function olderVersionProblem(s: Pick<Source, 'title' | 'publisher' | 'url'>): string | undefined {
  const label = `${s.title} ${s.publisher}`;
  if (!/older version|old version|old revision/i.test(label)) return undefined;
  return /[?&]oldid=\d+/.test(s.url)
    ? undefined
    : 'is labelled an older version but links to the live page (no oldid)';
}

/** One plain sentence: no line breaks or markup, ends with . ! or ?, no sentence break inside. */
export function isSingleSentence(s: string): boolean {
  if (/[\r\n<>]/.test(s)) return false;
  if (!/[.!?]["”’)]?$/.test(s.trim())) return false;
  const body = s.trim().slice(0, -1);
  return !/[.!?]["”’)]?\s+["“‘(]?[A-Z]/.test(body);
}

const Id = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const Text = v.pipe(v.string(), v.nonEmpty('must not be empty'));
const KebabId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'));

export const SourceSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^S\d+$/, 'must look like "S1"')),
  title: Text,
  publisher: Text,
  url: v.pipe(v.string(), v.check(isHttpUrl, 'must be an http(s) URL')),
  date: v.pipe(v.string(), v.check(isIsoDateOrPartial, 'must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)')),
});

/** An event's date may be YYYY, YYYY-MM or YYYY-MM-DD; a changing fact's is a full date. */
function asOfFitsKind(f: { kind: FactKind; asOf: string }): boolean {
  return f.kind === 'changing' ? isCalendarDate(f.asOf) : isIsoDateOrPartial(f.asOf);
}

export const FactSchema = v.object({
  id: KebabId,
  text: v.pipe(
    v.string(),
    v.nonEmpty('must not be empty'),
    v.maxLength(MAX_FACT_TEXT, `must be at most ${MAX_FACT_TEXT} characters`),
    v.check(isSingleSentence, 'must be one plain sentence'),
  ),
  topics: v.pipe(
    v.array(v.picklist(TOPICS, 'unknown topic')),
    v.minLength(1, 'must have at least one topic'),
    v.check((t) => new Set(t).size === t.length, 'must not repeat a topic'),
  ),
  status: v.picklist(FACT_STATUSES, `status must be one of ${FACT_STATUSES.join(', ')}`),
  kind: v.picklist(FACT_KINDS, `kind must be one of ${FACT_KINDS.join(', ')}`),
  asOf: v.pipe(v.string(), v.check(isIsoDateOrPartial, 'asOf must be a date YYYY, YYYY-MM or YYYY-MM-DD')),
  reviewBy: v.optional(
    v.pipe(v.string(), v.check(isCalendarDate, 'reviewBy must be a real date YYYY-MM-DD')),
  ),
  sources: v.pipe(v.array(Id), v.minLength(1, 'must cite at least one source')),
  note: v.optional(Text),
  importance: v.pipe(v.number(), v.integer('must be an integer'), v.minValue(1), v.maxValue(10)),
});

export const ChangeSchema = v.object({
  date: v.pipe(v.string(), v.check(isIsoDateOrPartial, 'must be a date YYYY, YYYY-MM or YYYY-MM-DD')),
  text: Text,
  sources: v.pipe(v.array(Id), v.minLength(1, 'must cite at least one source')),
});

/** "What has changed since this article was written" holds this many dated points (issue 14). */
export const CHANGES_MIN = 5;
export const CHANGES_MAX = 8;

export const EntitySchema = v.object({
  id: v.picklist(ENTITY_IDS, 'unknown entity id'),
  name: Text,
  kind: v.picklist(ENTITY_KINDS, 'unknown kind'),
  summary: v.pipe(
    v.string(),
    v.nonEmpty('must not be empty'),
    v.check(isSingleSentence, 'summary must be one sentence'),
  ),
  facts: v.pipe(
    v.array(Id),
    v.minLength(5, 'must list 5–8 facts'),
    v.maxLength(8, 'must list 5–8 facts'),
    v.check((f) => new Set(f).size === f.length, 'must not repeat a fact'),
  ),
  section: v.picklist(SECTION_IDS, 'unknown section'),
});

export const ClaimSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^C\d+$/, 'must look like "C1"')),
  summary: Text,
  status: v.picklist(FACT_STATUSES, `status must be one of ${FACT_STATUSES.join(', ')}`),
  fact: Id,
  note: v.optional(Text),
  sourceNotFound: v.optional(v.boolean()),
});

export const SpanSchema = v.object({ text: Text, claim: v.optional(Id) });
const Spans = v.pipe(v.array(SpanSchema), v.minLength(1, 'must have at least one span'));

export const BlockSchema = v.variant('type', [
  v.object({ type: v.literal('paragraph'), spans: Spans }),
  v.object({ type: v.literal('list'), items: v.pipe(v.array(Spans), v.minLength(1, 'must have items')) }),
  v.object({ type: v.literal('quote'), spans: Spans }),
]);

export const SectionSchema = v.object({
  id: v.picklist([...SECTION_IDS, 'introduction'] as const, 'unknown section id'),
  heading: Text,
  blocks: v.pipe(v.array(BlockSchema), v.minLength(1, 'must have at least one block')),
});

export const BriefingSchema = v.object({
  title: Text,
  sections: v.pipe(v.array(SectionSchema), v.minLength(1, 'must have sections')),
});

// The schemas describe exactly the shapes of types.ts: tsc fails on this type when they drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** @public (knip: checked by tsc, not imported) */
export type SchemaMatchesTypes = [
  Assert<Same<v.InferOutput<typeof SourceSchema>, Source>>,
  Assert<Same<v.InferOutput<typeof FactSchema>, Fact>>,
  Assert<Same<v.InferOutput<typeof EntitySchema>, Entity>>,
  Assert<Same<v.InferOutput<typeof ClaimSchema>, Claim>>,
  Assert<Same<v.InferOutput<typeof ChangeSchema>, Change>>,
  Assert<Same<v.InferOutput<typeof SpanSchema>, Span>>,
  Assert<Same<v.InferOutput<typeof BlockSchema>, Block>>,
  Assert<Same<v.InferOutput<typeof BriefingSchema>, Briefing>>,
];

export interface Dataset {
  sources: Source[];
  facts: Fact[];
  entities: Record<EntityId, Entity>;
  claims: Claim[];
  changes: Change[];
  briefing: Briefing;
}

function issuesOf(schema: v.GenericSchema, value: unknown, label: string): string[] {
  const r = v.safeParse(schema, value);
  if (r.success) return [];
  return r.issues.map((i) => {
    const path = v.getDotPath(i);
    return `${label}${path ? ` ${path}` : ''}: ${i.message}`;
  });
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function spansOf(block: Block): Span[] {
  switch (block.type) {
    case 'list':
      return (block.items ?? []).flat();
    default:
      return block.spans ?? [];
  }
}

/**
 * Checks the whole dataset: each value's shape, then the links between them. Returns the problems
 * found, in words (empty when the data is valid).
 */
export function validateDataset(ds: Dataset, today: Date = new Date()): string[] {
  const problems: string[] = [];
  const todayIso = isoDay(today);
  const sources = Array.isArray(ds.sources) ? ds.sources : [];
  const facts = Array.isArray(ds.facts) ? ds.facts : [];
  const claims = Array.isArray(ds.claims) ? ds.claims : [];
  const changes = Array.isArray(ds.changes) ? ds.changes : [];
  const entities = ds.entities && typeof ds.entities === 'object' ? ds.entities : ({} as Dataset['entities']);
  const sections = Array.isArray(ds.briefing?.sections) ? ds.briefing.sections : [];

  // Shapes.
  for (const s of sources) {
    problems.push(...issuesOf(SourceSchema, s, `source "${s?.id}"`));
    if (typeof s?.url === 'string') {
      for (const p of sourceUrlProblems(s.url)) problems.push(`source "${s.id}": its URL ${p}`);
    }
    const older = s && olderVersionProblem(s);
    if (older) problems.push(`source "${s.id}" ${older}`);
    if (
      typeof s?.date === 'string' &&
      isIsoDateOrPartial(s.date) &&
      s.date > todayIso.slice(0, s.date.length)
    ) {
      problems.push(`source "${s.id}": date ${s.date} is in the future`);
    }
  }
  for (const f of facts) {
    problems.push(...issuesOf(FactSchema, f, `fact "${f?.id}"`));
    if (
      typeof f?.asOf === 'string' &&
      isIsoDateOrPartial(f.asOf) &&
      f.asOf > todayIso.slice(0, f.asOf.length)
    ) {
      problems.push(`fact "${f.id}": asOf ${f.asOf} is in the future (today is ${todayIso})`);
    }
    if (
      FACT_KINDS.includes(f?.kind) &&
      typeof f?.asOf === 'string' &&
      isIsoDateOrPartial(f.asOf) &&
      !asOfFitsKind(f)
    ) {
      problems.push(
        `fact "${f.id}": a changing fact needs a full asOf date YYYY-MM-DD (its review date counts from it)`,
      );
    }
    if (f?.reviewBy !== undefined && f.kind !== 'changing') {
      problems.push(`fact "${f.id}": only a changing fact has a reviewBy date (an event stays true)`);
    }
    if (typeof f?.reviewBy === 'string' && typeof f?.asOf === 'string' && f.reviewBy <= f.asOf) {
      problems.push(`fact "${f.id}": reviewBy ${f.reviewBy} must come after asOf ${f.asOf}`);
    }
    if (f?.status !== 'confirmed' && FACT_STATUSES.includes(f?.status) && !f?.note) {
      problems.push(`fact "${f?.id}": status "${f?.status}" needs a note with the correction or range`);
    }
  }
  for (const c of claims) {
    problems.push(...issuesOf(ClaimSchema, c, `claim "${c?.id}"`));
    if (c?.status !== 'confirmed' && FACT_STATUSES.includes(c?.status) && !c?.note) {
      problems.push(`claim "${c?.id}": status "${c?.status}" needs a note with the correction or range`);
    }
  }
  for (const [key, e] of Object.entries(entities)) {
    problems.push(...issuesOf(EntitySchema, e, `entity "${key}"`));
    if (e?.id !== key) problems.push(`entity "${key}": its id is "${e?.id}"`);
  }
  for (const id of ENTITY_IDS) {
    if (!(id in entities)) problems.push(`entity "${id}" is missing`);
  }
  problems.push(...issuesOf(BriefingSchema, ds.briefing, 'briefing'));
  changes.forEach((c, i) => problems.push(...issuesOf(ChangeSchema, c, `change ${i + 1}`)));
  if (changes.length < CHANGES_MIN || changes.length > CHANGES_MAX) {
    problems.push(
      `"What has changed" must have ${CHANGES_MIN}–${CHANGES_MAX} points (it has ${changes.length})`,
    );
  }
  for (let i = 1; i < changes.length; i++) {
    if (String(changes[i]?.date) < String(changes[i - 1]?.date))
      problems.push(`change ${i + 1} is out of date order`);
  }

  // Unique ids.
  for (const id of duplicates(sources.map((s) => s?.id))) problems.push(`duplicate source id "${id}"`);
  for (const id of duplicates(facts.map((f) => f?.id))) problems.push(`duplicate fact id "${id}"`);
  for (const id of duplicates(claims.map((c) => c?.id))) problems.push(`duplicate claim id "${id}"`);
  for (const id of duplicates(sections.map((s) => s?.id))) problems.push(`duplicate section id "${id}"`);

  // Links.
  const sourceIds = new Set(sources.map((s) => s?.id));
  const factIds = new Set(facts.map((f) => f?.id));
  const claimIds = new Set(claims.map((c) => c?.id));
  const citedSources = new Set<string>();
  for (const f of facts) {
    // (A fact with no source at all is reported by FactSchema.)
    const cited = Array.isArray(f?.sources) ? f.sources : [];
    for (const sid of cited) {
      citedSources.add(sid);
      if (!sourceIds.has(sid)) problems.push(`fact "${f.id}" cites unknown source "${sid}"`);
    }
  }
  changes.forEach((c, i) => {
    for (const sid of Array.isArray(c?.sources) ? c.sources : []) {
      citedSources.add(sid);
      if (!sourceIds.has(sid)) problems.push(`change ${i + 1} cites unknown source "${sid}"`);
    }
  });
  for (const s of sources) {
    if (!citedSources.has(s?.id)) problems.push(`source "${s?.id}" is not cited by any fact (orphan)`);
  }
  for (const c of claims) {
    if (!factIds.has(c?.fact)) problems.push(`claim "${c?.id}" links to unknown fact "${c?.fact}"`);
  }
  for (const [key, e] of Object.entries(entities)) {
    for (const fid of Array.isArray(e?.facts) ? e.facts : []) {
      if (!factIds.has(fid)) problems.push(`entity "${key}" lists unknown fact "${fid}"`);
    }
  }

  // The briefing.
  const sectionIds = new Set<string>(sections.map((s) => s?.id));
  for (const id of SECTION_IDS) {
    if (!sectionIds.has(id)) problems.push(`briefing is missing section "${id}"`);
  }
  for (const [key, e] of Object.entries(entities)) {
    if (e?.section && !sectionIds.has(e.section)) {
      problems.push(`entity "${key}" points to missing section "${e.section}"`);
    }
  }
  const linked = new Set<string>();
  for (const section of sections) {
    for (const block of Array.isArray(section?.blocks) ? section.blocks : []) {
      for (const span of spansOf(block)) {
        if (span?.claim === undefined) continue;
        linked.add(span.claim);
        if (!claimIds.has(span.claim)) {
          problems.push(`briefing section "${section.id}" links to unknown claim "${span.claim}"`);
        }
      }
    }
  }
  for (const c of claims) {
    if (!linked.has(c?.id)) problems.push(`claim "${c?.id}" is not linked from the briefing`);
  }

  return problems;
}
