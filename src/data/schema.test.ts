// @vitest-environment node
// validateDataset() (src/data/schema.ts) on broken copies of the bundled dataset: each rule the
// fact set keeps, broken once.
import { describe, it, expect } from 'vitest';
import type { Block, FactStatus } from './index';
import { isCalendarDate, isSingleSentence, validateDataset, type Dataset } from './schema';
import { MIRROR_HOSTS, sourceUrlProblems } from './source-urls';
import { clone, problemsOf } from '@@/tests/support/dataset';

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
    ds.sources.push({
      id: 'S100',
      title: 'Unused',
      publisher: 'Nobody',
      url: 'https://example.org/',
      date: '2024',
    });
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
    expect(
      sourceUrlProblems('https://proxy.example/?u=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FX').join(),
    ).toMatch(/proxy/);
    expect(sourceUrlProblems('https://en.wikipedia.org/w/index.php?title=Baku&oldid=1234')).toEqual([]);
  });

  it('a source labelled an older version that links to the live page', () => {
    const ds = clone();
    ds.sources[0]!.publisher = 'Wikipedia (older version)';
    expect(problemsOf(ds).join('\n')).toMatch(/older version but links to the live page/);
    ds.sources[0]!.url =
      'https://en.wikipedia.org/w/index.php?title=Azerbaijan%E2%80%93Israel_relations&oldid=1234567';
    expect(problemsOf(ds)).toEqual([]);
  });

  it('a fact without a kind, a changing fact without a full date, a reviewBy on an event or before asOf', () => {
    const ds = clone();
    delete (ds.facts[0] as Partial<Dataset['facts'][number]>).kind;
    expect(problemsOf(ds).join('\n')).toMatch(/fact "israel-recognition-embassy" kind/);
    const ds2 = clone();
    const changing = ds2.facts.find((f) => f.kind === 'changing')!;
    changing.asOf = '2025-06';
    expect(problemsOf(ds2).join('\n')).toMatch(
      new RegExp(`"${changing.id}": a changing fact needs a full asOf`),
    );
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
