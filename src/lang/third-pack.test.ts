/**
 * A third language with no engine file changed for it: the test builds a tiny made-up language
 * ("Velish", code "vx") in a temporary folder, registers its pack, and runs the whole pipeline on
 * a sentence of it. Also: a pack whose required lexicon file is missing is refused, naming the file.
 *
 * @example
 * node --import tsx --test src/lang/third-pack.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Lang, Result } from '../contract/schema.js';
import { analyze } from '../pipeline/analyze.js';
import type { LanguagePack } from './pack.js';
import { MissingLexiconError, packOf, registerPack, unregisterPack } from './packs.js';

/** Velish, invented for this test: a handful of rows per lexicon, TAB-separated as in lexicons/. */
const LEXICONS: Record<string, string[]> = {
  months: ['Januro\t1', 'Majo\t5'],
  weekdays: ['Lundo\t1', 'Vendro\t5'],
  'date-prepositions': ['an\t\tall'],
  'number-words': ['un\t1\tone', 'du\t2\tone', 'tri\t3\tone', 'dek\t10\tten'],
  units: ['jaroj\tyear\tpost', 'procento\tpercent\tpost'],
  'quote-cues': ['dir\t-\tspeech\tdiris,diras', 'averti\t-\tact\tavertis'],
  'content-openers': ['ke\tcomplementiser'],
  'speaker-words': ['li\tpronoun', 'si\tpronoun', 'la\tdet'],
  'ner-roles': ['ministro\tminister\tGOV'],
  'ner-places': ['Parizo\tGPE\tParis\tFRA'],
  'ner-non-names': ['Lundo', 'Vendro', 'Januro', 'Majo'],
  'event-patterns': ['vizitis\tCONSULT\tvisit\tobj\t-\t-'],
};

function velish(dir: string): LanguagePack {
  return {
    code: 'vx',
    name: 'Velish',
    iso3: null,
    lexiconDir: dir,
    lexicons: { required: ['months', 'weekdays', 'number-words', 'quote-cues'] },
    grammar: {
      capitalisedNouns: false,
      clauseOrder: 'subject-verb',
      reportedMood: false,
      nameGenitiveS: false,
      postnominalOf: null,
      quoteMarkEndsClause: 'always',
      passiveParticiple: () => false,
      openingParticiple: () => false,
      thousandsSeparator: '.',
      ordinalDot: false,
      dateOrder: 'day-month',
      numberAdjectiveEndings: null,
      numberWord: (w, words) => words.lookup(w, ['one', 'ten']),
      countryNameLangs: ['en'],
    },
  };
}

function withVelish(fn: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-vx-'));
  try {
    for (const [name, rows] of Object.entries(LEXICONS)) {
      writeFileSync(join(dir, `${name}.tsv`), `# Velish ${name}: invented for the third-pack test\n${rows.join('\n')}\n`);
    }
    fn(dir);
  } finally {
    unregisterPack('vx');
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a third language pack runs the whole pipeline with no engine file changed', () => {
  withVelish((dir) => {
    registerPack(velish(dir));
    const text = 'Ministro Mara Velt vizitis Parizo an Lundo. "Ni subskribos la pakton post du jaroj," diris Velt.';
    const r = analyze({ id: 'vx-1', text, lang: 'vx' as Lang, date: '2025-03-13' }) as Result;
    assert.ok(!('error' in r));
    assert.equal(r.lang, 'vx');
    // every stage ran without a failure (the mentions stage asks the pack's name traits; Velish
    // declares none, so it has no nationality adjectives, small towns or morphology)
    assert.deepEqual(r.diagnostics.map((d) => `${d.stage}: ${d.message}`), []);
    const got = {
      mentions: r.mentions.map((m) => `${m.text}/${m.type}`),
      sentences: r.sentences.map((s) => text.slice(s.start, s.end)),
      dates: r.dates.map((d) => `${d.text}=${d.value}`),
      amounts: r.amounts.map((a) => `${a.text}=${JSON.stringify(a.value)} ${a.unit}`),
      quotes: r.quotes.map((q) => `${q.type}|${q.text}|${q.cue?.text ?? '-'}|${q.speaker?.text ?? '-'}`),
    };
    assert.deepEqual(got, {
      mentions: ['Mara Velt/PER', 'Parizo/GPE', 'Velt/PER'],
      sentences: ['Ministro Mara Velt vizitis Parizo an Lundo.', '"Ni subskribos la pakton post du jaroj," diris Velt.'],
      dates: ['an Lundo=2025-03-10'],
      amounts: ['du jaroj=2 year'],
      quotes: ['direct|"Ni subskribos la pakton post du jaroj,"|diris|Velt'],
    });
  });
});

test('a pack whose required lexicon is missing is refused with the file named', () => {
  withVelish((dir) => {
    rmSync(join(dir, 'quote-cues.tsv'));
    assert.throws(() => registerPack(velish(dir)), (e: unknown) =>
      e instanceof MissingLexiconError && e.message.includes(join(dir, 'quote-cues.tsv')));
    assert.throws(() => packOf('vx'), /unknown language "vx"/);
  });
});

test('an optional lexicon missing from a pack reads as empty', () => {
  withVelish((dir) => {
    registerPack(velish(dir));
    assert.equal(packOf('vx').optional.has('konjunktiv'), true);
    assert.equal(packOf('vx').optional.has('quote-cues'), false);
  });
});
