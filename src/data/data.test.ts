// @vitest-environment node
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import {
  BRIEFING,
  CLAIMS,
  DATASET,
  ENTITIES,
  CHANGES,
  FACTS,
  FACTS_CHECKED_UP_TO,
  FACT_SET_VERSION,
  SOURCES,
  factsOf,
  getEntity,
  getFact,
  getSource,
  type Block,
  type FactStatus,
} from './index';
import { ENTITY_IDS } from './types';
import { MIRROR_HOSTS, isCalendarDate, isIsoDateOrPartial, isSingleSentence, sourceUrlProblems, validateDataset, type Dataset } from './schema';

const TODAY = new Date('2026-11-26T12:00:00Z');

function clone(): Dataset {
  return structuredClone(DATASET) as Dataset;
}

function problemsOf(ds: Dataset): string[] {
  return validateDataset(ds, TODAY);
}

describe('the bundled dataset', () => {
  it('is valid', () => {
    expect(problemsOf(clone())).toEqual([]);
    expect(validateDataset(DATASET)).toEqual([]);
  });

  it('has the expected sizes and version', () => {
    expect(CLAIMS).toHaveLength(14);
    expect(FACTS.length).toBeGreaterThanOrEqual(14);
    expect(SOURCES.length).toBeGreaterThan(0);
    expect(typeof FACT_SET_VERSION).toBe('string');
    expect(FACT_SET_VERSION).toBe('2026.11.2');
  });

  it('is checked up to March 2026, and no fact is dated after that month', () => {
    expect(FACTS_CHECKED_UP_TO).toBe('2026-03');
    for (const f of FACTS) expect(f.asOf.slice(0, 7) <= FACTS_CHECKED_UP_TO, f.id).toBe(true);
    expect(FACTS.some((f) => f.asOf.startsWith(FACTS_CHECKED_UP_TO))).toBe(true);
  });

  it('has a card for every entity id, and no other (src/data/types.ts ENTITY_IDS is the one list)', () => {
    expect(Object.keys(ENTITIES)).toEqual([...ENTITY_IDS]);
  });

  it('looks entities, facts and sources up', () => {
    expect(getEntity('socar').name).toBe('SOCAR');
    expect(getFact('az-embassy-tel-aviv')?.asOf).toBe('2023-03-29');
    expect(getFact('nope')).toBeUndefined();
    expect(getSource('S3')?.publisher).toBe('Trend');
    expect(getSource('S999')).toBeUndefined();
    expect(factsOf('baku').map((f) => f.id)).toEqual(ENTITIES.baku.facts);
  });
});

describe('validateDataset rejects', () => {
  it('a fact without sources, naming the fact', () => {
    const ds = clone();
    const fact = ds.facts[3]!;
    fact.sources = [];
    const problems = problemsOf(ds);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((p) => p.includes(fact.id))).toBe(true);
  });

  it('a fact citing an unknown source', () => {
    const ds = clone();
    ds.facts[0]!.sources.push('S999');
    expect(problemsOf(ds).join('\n')).toMatch(/S999/);
  });

  it('a bad status', () => {
    const ds = clone();
    ds.facts[0]!.status = 'rumour' as FactStatus;
    expect(problemsOf(ds).join('\n')).toMatch(new RegExp(ds.facts[0]!.id));
    const ds2 = clone();
    ds2.claims[0]!.status = 'true' as FactStatus;
    expect(problemsOf(ds2).join('\n')).toMatch(/claim "C1"/);
  });

  it('an asOf in the future', () => {
    const ds = clone();
    ds.facts[0]!.asOf = '2026-11-27';
    expect(problemsOf(ds).join('\n')).toMatch(/future/);
    // …but the same date is fine once it has come.
    expect(validateDataset(ds, new Date('2026-11-27T12:00:00Z'))).toEqual([]);
  });

  it('a source dated in the future', () => {
    const ds = clone();
    ds.sources[0]!.date = '2027';
    expect(problemsOf(ds).join('\n')).toMatch(/future/);
  });

  it('an invalid calendar date', () => {
    for (const bad of ['2023-02-30', '2023-13-01', '2023-3-29', '29 March 2023', '']) {
      const ds = clone();
      ds.facts[0]!.asOf = bad;
      expect(problemsOf(ds), bad).not.toEqual([]);
    }
    const ds = clone();
    ds.sources[0]!.date = '2023-02-30';
    expect(problemsOf(ds)).not.toEqual([]);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
  });

  it('a dangling claim link in the briefing', () => {
    const ds = clone();
    const block = ds.briefing.sections[0]!.blocks[0] as Extract<Block, { type: 'paragraph' }>;
    block.spans[0]!.claim = 'C99';
    expect(problemsOf(ds).join('\n')).toMatch(/C99/);
  });

  it('a claim linking to an unknown fact, or an entity listing one', () => {
    const ds = clone();
    ds.claims[0]!.fact = 'no-such-fact';
    expect(problemsOf(ds).join('\n')).toMatch(/no-such-fact/);
    const ds2 = clone();
    ds2.entities.israel.facts[0] = 'ghost-fact';
    expect(problemsOf(ds2).join('\n')).toMatch(/ghost-fact/);
  });

  it('a claim not linked from the briefing', () => {
    const ds = clone();
    ds.claims.push({ ...ds.claims[0]!, id: 'C15' });
    expect(problemsOf(ds).join('\n')).toMatch(/C15.*not linked/);
  });

  it('an orphaned source', () => {
    const ds = clone();
    ds.sources.push({ id: 'S100', title: 'Unused', publisher: 'Nobody', url: 'https://example.org/', date: '2024' });
    expect(problemsOf(ds).join('\n')).toMatch(/S100.*orphan/);
  });

  it('duplicate ids', () => {
    const ds = clone();
    ds.facts.push({ ...ds.facts[0]! });
    expect(problemsOf(ds).join('\n')).toMatch(/duplicate fact id/);
    const ds2 = clone();
    ds2.sources.push({ ...ds2.sources[0]! });
    expect(problemsOf(ds2).join('\n')).toMatch(/duplicate source id/);
    const ds3 = clone();
    ds3.claims.push({ ...ds3.claims[0]! });
    expect(problemsOf(ds3).join('\n')).toMatch(/duplicate claim id/);
    const ds4 = clone();
    ds4.briefing.sections.push({ ...ds4.briefing.sections[1]! });
    expect(problemsOf(ds4).join('\n')).toMatch(/duplicate section id/);
  });

  it('a source on a mirror or proxy host, whatever the subdomain', () => {
    for (const url of [
      'https://movatter.jp/mt/?dark=on&url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FSOCAR',
      'https://wikimili.com/en/Baku',
      'https://worldplacestour.com/photos/Asia/Western-Asia/Azerbaijan/Baku',
      'https://nowlej.com/nowlej-sites/israel-nowlej/x',
      'https://world.wikisort.org/azerbaijan/en/Azerbaijan/X',
      'https://en.wikipedia-on-ipfs.org/wiki/X',
      'https://wiki-gateway.eudic.net/wikipedia_en/X.html',
    ]) {
      const ds = clone();
      ds.sources[0]!.url = url;
      expect(problemsOf(ds).join('\n'), url).toMatch(/mirror or proxy/);
    }
    expect(MIRROR_HOSTS.length).toBeGreaterThanOrEqual(7);
  });

  it('a cleartext http:// source, a tracking parameter, a URL inside a URL', () => {
    const ds = clone();
    ds.sources[0]!.url = 'http://www.today.az/news/politics/232758.html';
    expect(problemsOf(ds).join('\n')).toMatch(/source "S1": its URL is a cleartext http:\/\/ link/);
    const ds2 = clone();
    ds2.sources[0]!.url = 'https://unitedwithisrael.org/report/?ios_app=true';
    expect(problemsOf(ds2).join('\n')).toMatch(/tracking parameter "ios_app"/);
    expect(sourceUrlProblems('https://proxy.example/?u=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FX').join()).toMatch(/proxy/);
    expect(sourceUrlProblems('https://en.wikipedia.org/w/index.php?title=Baku&oldid=1234')).toEqual([]);
  });

  it('a source labelled an older version that links to the live page', () => {
    const ds = clone();
    ds.sources[0]!.publisher = 'Wikipedia (older version)';
    expect(problemsOf(ds).join('\n')).toMatch(/older version but links to the live page/);
    ds.sources[0]!.url = 'https://en.wikipedia.org/w/index.php?title=Azerbaijan%E2%80%93Israel_relations&oldid=1234567';
    expect(problemsOf(ds)).toEqual([]);
  });

  it('a fact without a kind, a changing fact without a full date, a reviewBy on an event or before asOf', () => {
    const ds = clone();
    delete (ds.facts[0] as Partial<Dataset['facts'][number]>).kind;
    expect(problemsOf(ds).join("\n")).toMatch(/fact "israel-recognition-embassy" kind/);
    const ds2 = clone();
    const changing = ds2.facts.find((f) => f.kind === 'changing')!;
    changing.asOf = '2025-06';
    expect(problemsOf(ds2).join('\n')).toMatch(new RegExp(`"${changing.id}": a changing fact needs a full asOf`));
    const ds3 = clone();
    const event = ds3.facts.find((f) => f.kind === 'event')!;
    event.reviewBy = '2030-01-01';
    expect(problemsOf(ds3).join('\n')).toMatch(/only a changing fact has a reviewBy/);
    const ds4 = clone();
    const c4 = ds4.facts.find((f) => f.kind === 'changing')!;
    c4.reviewBy = c4.asOf;
    expect(problemsOf(ds4).join('\n')).toMatch(/must come after asOf/);
  });

  it('"What has changed" with too few or too many points, out of order, or citing an unknown source', () => {
    const ds = clone();
    ds.changes = ds.changes.slice(0, 4);
    expect(problemsOf(ds).join('\n')).toMatch(/5–8 points/);
    const ds2 = clone();
    ds2.changes.push(...ds2.changes.slice(0, 1));
    expect(problemsOf(ds2).join('\n')).toMatch(/5–8 points|out of date order/);
    const ds3 = clone();
    ds3.changes.reverse();
    expect(problemsOf(ds3).join('\n')).toMatch(/out of date order/);
    const ds4 = clone();
    ds4.changes[0]!.sources = ['S999'];
    expect(problemsOf(ds4).join('\n')).toMatch(/change 1 cites unknown source "S999"/);
  });

  it('a non-http URL', () => {
    for (const bad of ['javascript:alert(1)', 'ftp://example.org/x', 'data:text/html,hi', 'not a url']) {
      const ds = clone();
      ds.sources[0]!.url = bad;
      expect(problemsOf(ds).join('\n'), bad).toMatch(/http\(s\) URL/);
    }
  });

  it('a fact text over 160 characters, or more than one sentence', () => {
    const ds = clone();
    ds.facts[0]!.text = `${'a'.repeat(160)}.`;
    expect(problemsOf(ds).join('\n')).toMatch(/160/);
    const ds2 = clone();
    ds2.facts[0]!.text = 'Baku is a city. It is big.';
    expect(problemsOf(ds2).join('\n')).toMatch(/one plain sentence/);
    expect(isSingleSentence('Azerbaijan opened its embassy in Tel Aviv on 29 March 2023.')).toBe(true);
  });

  it('a fact without topics, an entity with too few facts, a missing section', () => {
    const ds = clone();
    ds.facts[0]!.topics = [];
    expect(problemsOf(ds)).not.toEqual([]);
    const ds2 = clone();
    ds2.entities.baku.facts = ds2.entities.baku.facts.slice(0, 4);
    expect(problemsOf(ds2).join('\n')).toMatch(/entity "baku"/);
    const ds3 = clone();
    ds3.briefing.sections = ds3.briefing.sections.filter((s) => s.id !== 'energy');
    expect(problemsOf(ds3).join('\n')).toMatch(/missing section "energy"/);
  });
});

// ── The briefing is the article, verbatim ──────────────────────────────────────────────────────

function blockText(block: Block): string[] {
  const join = (spans: { text: string }[]) => spans.map((s) => s.text).join('');
  return block.type === 'list' ? block.items.map(join) : [join(block.spans)];
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

describe('the briefing', () => {
  it('keeps the article’s words verbatim', () => {
    const path = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/seed/article.txt');
    const lines = readFileSync(path, 'utf8').split(/\r?\n/);
    const end = lines.indexOf('Related Articles');
    expect(end).toBeGreaterThan(0);
    const article = collapse(
      lines
        .slice(0, end)
        .map((l) => l.replace(/^- /, ''))
        .join(' '),
    );

    const parts: string[] = [BRIEFING.title];
    for (const section of BRIEFING.sections) {
      if (section.id !== 'introduction') parts.push(section.heading);
      for (const block of section.blocks) parts.push(...blockText(block));
    }
    expect(collapse(parts.join(' '))).toBe(article);
  });

  it('has its sections in order', () => {
    expect(BRIEFING.sections.map((s) => s.id)).toEqual([
      'introduction',
      'diplomacy',
      'defence',
      'energy',
      'community',
      'conclusion',
    ]);
  });

  it('marks the Peres quote as a claim whose source was not found', () => {
    const quotes = BRIEFING.sections.flatMap((s) => s.blocks).filter((b) => b.type === 'quote');
    expect(quotes).toHaveLength(1);
    const span = (quotes[0] as Extract<Block, { type: 'quote' }>).spans[0]!;
    expect(span.text).toContain('You bring the oil');
    const claim = CLAIMS.find((c) => c.id === span.claim)!;
    expect(claim.sourceNotFound).toBe(true);
    expect(claim.note).toMatch(/Exact quote not found; closest:/);
  });
});

describe('the claims', () => {
  const expected: Record<string, FactStatus> = {
    C1: 'confirmed',
    C3: 'outdated',
    C4: 'confirmed',
    C5: 'confirmed',
    C6: 'outdated',
    C7: 'reported',
    C8: 'disputed',
    C9: 'reported',
    C10: 'outdated',
    C11: 'outdated',
    C12: 'disputed',
    C13: 'reported',
    C14: 'confirmed',
  };

  it('are C1…C14 in order, each with its status', () => {
    expect(CLAIMS.map((c) => c.id)).toEqual(Array.from({ length: 14 }, (_, i) => `C${i + 1}`));
    for (const [id, status] of Object.entries(expected)) {
      expect(CLAIMS.find((c) => c.id === id)?.status, id).toBe(status);
    }
  });

  it('carry the corrections', () => {
    const note = (id: string) => CLAIMS.find((c) => c.id === id)?.note ?? '';
    expect(note('C3')).toMatch(/2023/);
    expect(note('C3')).toMatch(/Tel Aviv/);
    expect(note('C8')).toContain('20–46');
    expect(note('C9')).toMatch(/tanker tracking/);
    expect(note('C9')).toMatch(/denied/);
    expect(note('C10')).toMatch(/Tamar/);
    expect(note('C11')).toMatch(/\$360 million/);
    expect(note('C12')).toMatch(/estimate, not a census/);
    expect(note('C13')).toMatch(/19 September 2025/);
    expect(getFact('az-embassy-tel-aviv')?.text).toBe('Azerbaijan opened its embassy in Tel Aviv on 29 March 2023.');
  });
});

describe('the entities', () => {
  it('each have at least three facts, each with a status and an asOf', () => {
    for (const id of ['azerbaijan', 'israel', 'socar', 'baku'] as const) {
      const facts = factsOf(id);
      expect(facts.length, id).toBeGreaterThanOrEqual(3);
      expect(facts.length, id).toBe(ENTITIES[id].facts.length);
      for (const f of facts) {
        expect(['confirmed', 'reported', 'disputed', 'outdated']).toContain(f.status);
        expect(isIsoDateOrPartial(f.asOf), f.id).toBe(true);
      }
    }
  });
});

// ── The November 2026 check (shared/facts/verification-2026-11.md) ────────────────────────────────

describe('the November 2026 check is applied', () => {
  const text = (id: string) => getFact(id)?.text ?? '';

  it('corrects the wrong facts', () => {
    expect(text('socar-btc-stake')).toMatch(/about 33%/);
    expect(text('socar-btc-stake')).toMatch(/29 November 2024/);
    expect(text('socar-btc-stake')).not.toMatch(/25%/);
    expect(getFact('jewish-population')?.note).toMatch(/^Census: 5,094 \(2019\); estimates: 6,400 \(2010\)/);
  });

  it('refreshes the stale ones', () => {
    expect(text('oil-share')).toMatch(/46%/);
    expect(getFact('oil-share')?.asOf).toBe('2025-12-31');
    expect(text('trade-partner')).toMatch(/\$360 million/);
    expect(text('az-population')).toMatch(/10,262,351 on 1 January 2026/);
    expect(text('israel-population')).toMatch(/10\.18 million/);
    expect(text('btc-pipeline')).not.toMatch(/BP-operated/);
    expect(getFact('intelligence-reports')?.asOf).toBe('2025-06-14');
    expect(getFact('aliyev-jewish-community')?.asOf).toBe('2025-09-19');
  });

  it('changes the BTC route to reported', () => {
    expect(getFact('oil-via-btc')?.status).toBe('reported');
  });

  it('adds the thirteen new facts', () => {
    for (const id of [
      'socar-tamar',
      'oil-share-kpler-2025',
      'nakhchivan-strike-2026',
      'iran-war-stance-2025',
      'turkey-port-ban',
      'trade-2025',
      'abraham-accords',
      'btc-operator-handover',
      'saar-visit-2026',
      'oci-oil-report',
      'herzog-cop29',
      'azersky-2',
      'israeli-visitors-2025',
    ]) {
      expect(getFact(id), id).toBeDefined();
    }
    expect(ENTITIES.socar.facts).toContain('socar-tamar');
    expect(ENTITIES.azerbaijan.facts).toContain('iran-war-stance-2025');
  });

  it('cites no mirror, proxy, cleartext link or "older version" of a live page', () => {
    for (const s of SOURCES) {
      expect(sourceUrlProblems(s.url), `${s.id} ${s.url}`).toEqual([]);
      expect(`${s.title} ${s.publisher}`, s.id).not.toMatch(/mirror|older version/i);
    }
  });

  it('gives every fact a kind; events keep their own precision, changing facts a full date', () => {
    for (const f of FACTS) {
      expect(['event', 'changing'], f.id).toContain(f.kind);
      if (f.kind === 'changing') expect(isCalendarDate(f.asOf), f.id).toBe(true);
      else expect(isIsoDateOrPartial(f.asOf), f.id).toBe(true);
    }
    // The kinds the issue names: populations, trade, shares, office holders and stakes change.
    for (const id of ['az-population', 'israel-population', 'baku-population', 'trade-partner', 'oil-share', 'socar-profile', 'socar-btc-stake']) {
      expect(getFact(id)?.kind, id).toBe('changing');
    }
    for (const id of ['israel-independence', 'az-independence', 'socar-founded', 'relations-since-1992']) {
      expect(getFact(id)?.kind, id).toBe('event');
    }
  });

  it('has five to eight dated points of "What has changed", each with sources', () => {
    expect(CHANGES.length).toBeGreaterThanOrEqual(5);
    expect(CHANGES.length).toBeLessThanOrEqual(8);
    for (const c of CHANGES) {
      expect(isIsoDateOrPartial(c.date)).toBe(true);
      expect(c.sources.length).toBeGreaterThan(0);
      for (const id of c.sources) expect(getSource(id), id).toBeDefined();
    }
  });
});

describe('notes', () => {
  it('never begin with their own status word (the badge already says it)', () => {
    for (const item of [...CLAIMS, ...FACTS]) {
      if (!item.note) continue;
      expect(item.note, item.id).not.toMatch(new RegExp(`^${item.status}\\b`, 'i'));
    }
  });
});

// ── No repetition (issue 15): a card's summary says what its facts do not ─────────────────────────

const STOPWORDS = new Set(
  'a an and the of on in at to by for from with whose its it is are was were has have had since as or that this which than its country’s'.split(' '),
);

/** The content words of a sentence, lower-cased, possessives and punctuation dropped. */
function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/’s\b/g, '')
      .split(/[^\p{L}\p{N}-]+/u)
      .filter((w) => w.length > 2 && !STOPWORDS.has(w)),
  );
}

/**
 * True when `summary` restates `fact`: half or more of the summary's content words (its own name
 * aside) are in the fact, or four or more are.
 */
function restates(summary: string, fact: string, name: string): boolean {
  const own = contentWords(name);
  const words = [...contentWords(summary)].filter((w) => !own.has(w));
  const factWords = contentWords(fact);
  const shared = words.filter((w) => factWords.has(w));
  return shared.length >= 4 || (words.length > 0 && shared.length / words.length >= 0.5);
}

describe('no repetition on a card', () => {
  it('the summary never restates a fact of its card', () => {
    for (const e of Object.values(ENTITIES)) {
      for (const f of factsOf(e.id)) {
        expect(restates(e.summary, f.text, e.name), `${e.id}: summary restates ${f.id}`).toBe(false);
      }
    }
  });

  it('the test knows a restatement when it sees one', () => {
    expect(restates('Azerbaijan’s capital and largest city, on the Caspian Sea.', 'Baku is Azerbaijan’s capital and largest city, and the largest city on the Caspian Sea.', 'Baku')).toBe(true);
    expect(restates('A port city on the Caspian Sea.', 'Baku hosted COP29 in November 2024.', 'Baku')).toBe(false);
  });
});

describe('sources of a fact', () => {
  /** Encyclopedias and other reference works a publisher or an official body goes before. */
  const isEncyclopedia = (id: string) => /^Wikipedia\b/.test(getSource(id)?.publisher ?? '');

  it('list a publisher or an official body before an encyclopedia (the card shows the first)', () => {
    for (const f of FACTS) {
      const firstEncyclopedia = f.sources.findIndex(isEncyclopedia);
      if (firstEncyclopedia < 0) continue;
      expect(f.sources.slice(firstEncyclopedia).every(isEncyclopedia), `${f.id}: ${f.sources.join(', ')}`).toBe(true);
    }
  });
});
