import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createDoc } from '../../doc/doc.js';
import { createPipeline } from '../pipeline.js';
import { segmentDoc } from './segment.js';
import { measureDoc } from './measures.js';
import { sharedFile, SHARED_MISSING } from '../../testing/shared.js';

// Article date of the tables: Thursday 2025-09-25.
const DATE = '2025-09-25';

function run(text: string, lang: 'de' | 'en', date: string | null = DATE) {
  const doc = createDoc({ id: 't', text, lang, date });
  segmentDoc(doc);
  measureDoc(doc);
  for (const d of doc.dates) assert.equal(text.slice(d.start, d.end), d.text);
  for (const a of doc.amounts) assert.equal(text.slice(a.start, a.end), a.text);
  return doc;
}

function datesOf(text: string, lang: 'de' | 'en', date: string | null = DATE): string[] {
  return run(text, lang, date).dates.map((d) => `${d.text}=${d.value}`);
}

test('German dates', () => {
  const cases: [string, string[]][] = [
    ['Sie telefonierten am 9. September miteinander.', ['am 9. September=2025-09-09']],
    ['Berlin, 22. September 2025', ['22. September 2025=2025-09-22']],
    ['Er äußerte sich am Freitag positiv.', ['am Freitag=2025-09-19']],
    ['Er werde am Freitag nach Rom reisen.', ['am Freitag=2025-09-26']],
    ['Er soll am Freitag nach Rom reisen.', ['am Freitag=2025-09-26']],
    ['Er soll am Freitag in Rom gewesen sein.', ['am Freitag=2025-09-19']],
    ['Er werde am Freitag in Rom sein.', ['am Freitag=2025-09-26']],
    ['Er sagte am Montag, dass er reisen werde.', ['am Montag=2025-09-22']],
    ['Am Donnerstag sagte er nichts.', ['Am Donnerstag=2025-09-25']],
    ['Am vergangenen Donnerstag sagte er nichts.', ['Am vergangenen Donnerstag=2025-09-18']],
    ['Am kommenden Montag beginnt es.', ['Am kommenden Montag=2025-09-29']],
    ['Am Freitagabend kam er an.', ['Am Freitagabend=2025-09-19']],
    ['Am gestrigen Mittwoch kam er an.', ['Am gestrigen Mittwoch=2025-09-24']],
    ['Die Wahl ist am 4. Oktober (Samstag) und (Montag) frei.', ['am 4. Oktober=2025-10-04', 'Montag=2025-09-22']],
    ['Das sagte er vergangene Woche.', ['vergangene Woche=2025-09']],
    ['Das Treffen soll Ende Oktober stattfinden.', ['Ende Oktober=2025-10']],
    ['Anfang 2026 will er reisen.', ['Anfang 2026=2026']],
    ['Mitte November gibt es Wahlen.', ['Mitte November=2025-11']],
    ['Am Wochenende traf die Gruppe ein.', ['Am Wochenende=2025-09-20']],
    ['Es ist das erste Mal seit 2019.', ['seit 2019=2019']],
    ['Siehe den Bericht vom 20. September.', ['vom 20. September=2025-09-20']],
    ['Heute und gestern regnete es, morgen nicht.', ['Heute=2025-09-25', 'gestern=2025-09-24', 'morgen=2025-09-26']],
    ['Am Morgen regnete es.', []],
    ['Der Sonntag war ruhig, jeden Montag regnet es.', []],
    ['Das sagte er der „Welt am Sonntag“.', []],
    ['Das zeigte das Heute Journal.', []],
    ['Im Mai 2024 begann der Streit.', ['Im Mai 2024=2024-05']],
    ['Im August war es heiß.', ['Im August=2025-08']],
    ['Im November war es kalt.', ['Im November=2024-11']],
    ['Im November gibt es Wahlen.', ['Im November=2025-11']],
    ['Am 30. Oktober kommt er an.', ['Am 30. Oktober=2025-10-30']],
    ['Am 30. Oktober war er in Rom.', ['Am 30. Oktober=2024-10-30']],
    ['Vor einem Jahr kam er.', ['Vor einem Jahr=2024']],
    ['Im Dezember wird es kalt.', ['Im Dezember=2025-12']],
    ['Das geschah vor drei Jahren.', ['vor drei Jahren=2022']],
    ['Vor zwei Tagen kam er.', ['Vor zwei Tagen=2025-09-23']],
    ['Im vergangenen Jahr stieg der Umsatz.', ['Im vergangenen Jahr=2024']],
    ['In den vergangenen Jahren und den nächsten Wochen nicht.', []],
    ['Bis Ende des Jahres soll es fertig sein.', ['Bis Ende des Jahres=2025']],
    ['Der Umsatz stieg im Vorjahr und heuer, Anfang der Woche nicht.', ['im Vorjahr=2024', 'heuer=2025', 'Anfang der Woche=2025-09']],
    ['Der Hund der Woche und die Frau des Jahres.', []],
    ['Der Vertrag vom 3.10.2024 gilt.', ['vom 3.10.2024=2024-10-03']],
    ['Am 9.9. kam er, mit 9.9 Prozent.', ['Am 9.9.=2025-09-09']],
    ['(APA – 8.8. 2015)', ['8.8. 2015=2015-08-08']],
    ['Im Jahr 2024 kamen 145 Menschen.', ['Im Jahr 2024=2024']],
    ['Er kam so schnell wie möglich.', []],
    ['Die Zölle von 145 Prozent bleiben.', []],
    ['Der Mai war warm und August Diehl spielte.', []],
    ['Der Umsatz im 3. Quartal stieg um 2025 Euro.', []],
    ['Am 5. Januar wurde gewählt.', ['Am 5. Januar=2025-01-05']],
  ];
  for (const [input, expected] of cases) assert.deepEqual(datesOf(input, 'de'), expected, input);
});

test('German day without year takes the nearest year', () => {
  const cases: [string, string, string[]][] = [
    ['Am 28. Dezember kam er.', '2026-01-03', ['Am 28. Dezember=2025-12-28']],
    ['Am 2. Januar kommt er.', '2025-12-30', ['Am 2. Januar=2026-01-02']],
    ['Im Januar wird gewählt.', '2025-12-30', ['Im Januar=2026-01']],
  ];
  for (const [input, date, expected] of cases) assert.deepEqual(datesOf(input, 'de', date), expected, input);
});

test('English dates', () => {
  const cases: [string, string[]][] = [
    ['The talks were held on Sept. 9 in Geneva.', ['on Sept. 9=2025-09-09']],
    ['It happened on September 9, 2024.', ['on September 9, 2024=2024-09-09']],
    ['They met on 9 September.', ['on 9 September=2025-09-09']],
    ['They met on the 9th of September.', ['on the 9th of September=2025-09-09']],
    ['He said on Monday that he would resign.', ['on Monday=2025-09-22']],
    ['He will meet Xi on Friday.', ['on Friday=2025-09-26']],
    ['He said he would travel on Friday.', ['on Friday=2025-09-26']],
    ['She is to visit Paris on Tuesday.', ['on Tuesday=2025-09-30']],
    ['Last Friday the deal collapsed.', ['Last Friday=2025-09-19']],
    ['The minister resigned last week.', ['last week=2025-09']],
    ['Prices rose earlier this month.', ['earlier this month=2025-09']],
    ['Talks are planned for late October.', ['late October=2025-10']],
    ['Growth slowed in 2024.', ['in 2024=2024']],
    ['Sales fell in September 2025.', ['in September 2025=2025-09']],
    ['Protesters gathered at the weekend.', ['at the weekend=2025-09-20']],
    ['Protesters gathered over the weekend.', ['over the weekend=2025-09-20']],
    ['Today he resigned; yesterday he denied it; tomorrow he leaves.', ['Today=2025-09-25', 'yesterday=2025-09-24', 'tomorrow=2025-09-26']],
    ['The law passed three years ago.', ['three years ago=2022']],
    ['It has been closed since 2019.', ['since 2019=2019']],
    ['It will be closed since 1 January.', ['since 1 January=2025-01-01']],
    ['He wrote in the Sunday Times at the 2000 Olympics.', []],
    ['He told the Mail on Sunday about Good Friday.', []],
    ['A reporter for USA Today spoke on Fox News Sunday.', []],
    ['He read a Sunday paper and flew on Sunday.', ['on Sunday=2025-09-21']],
    ['Theresa May said you may go.', []],
    ['Critics in May\'s cabinet left in May.', ['in May=2025-05']],
    ['He scored 2025 points.', []],
    ['Elections are due next year.', ['next year=2026']],
    ['Sales peaked in mid-March.', ['in mid-March=2025-03']],
    ['The report of 2025-09-09 was late.', ['2025-09-09=2025-09-09']],
  ];
  for (const [input, expected] of cases) assert.deepEqual(datesOf(input, 'en'), expected, input);
});

test('without an article date only absolute dates are kept', () => {
  assert.deepEqual(datesOf('Am Freitag, am 9. September und am 9. September 2025.', 'de', null), ['am 9. September 2025=2025-09-09']);
});

function amountsOf(text: string, lang: 'de' | 'en'): string[] {
  return run(text, lang).amounts.map((a) => `${a.text}=${JSON.stringify(a.value)} ${a.unit}`);
}

test('German amounts', () => {
  const cases: [string, string[]][] = [
    ['Die Zölle von 145 Prozent gelten.', ['145 Prozent=145 percent']],
    ['Sie stiegen um 145 % und dann um 3,5%.', ['145 %=145 percent', '3,5%=3.5 percent']],
    ['Das kostet 3 Mrd. Euro.', ['3 Mrd. Euro=3000000000 EUR']],
    ['Er zahlte 2,5 Millionen Dollar.', ['2,5 Millionen Dollar=2500000 USD']],
    ['Es waren 3.000 Menschen und 1.000.000 Euro.', ['3.000 Menschen=3000 person', '1.000.000 Euro=1000000 EUR']],
    ['Das bleibt noch zwei bis drei Jährchen so.', ['zwei bis drei Jährchen=[2,3] year']],
    ['Ein zweistündiges Telefonat und eine dreitägige Reise.', ['zweistündiges=2 hour', 'dreitägige=3 day']],
    ['Nach 24-stündigen Verhandlungen.', ['24-stündigen=24 hour']],
    ['Nach zweieinhalbstündigen Gesprächen und anderthalb Jahren.', ['zweieinhalbstündigen=2.5 hour', 'anderthalb Jahren=1.5 year']],
    ['Es kamen dreiundzwanzig Gäste.', ['dreiundzwanzig=23 null']],
    ['Der Anteil liegt zwischen 10 und 20 Prozent.', ['zwischen 10 und 20 Prozent=[10,20] percent']],
    ['Es dauerte 2-3 Wochen.', ['2-3 Wochen=[2,3] week']],
    ['Das Wachstum im 3. Quartal betrug 1,5 Prozent.', ['1,5 Prozent=1.5 percent']],
    ['Er kam am 22. September 2025 um 14 Uhr.', []],
    ['Seit 2019 sind 12 Jahre vergangen.', ['12 Jahre=12 year']],
    ['Er blieb ein Jahr und sah einen Mann.', ['ein Jahr=1 year']],
    ['Der Preis: 5 € oder € 7.', ['5 €=5 EUR', '€ 7=7 EUR']],
    ['Er gewann mit 3:1 um 14:30 und 2-0.', []],
    ['Die zwischen 1997 und 2001 gebauten 739 Metern hohen Türme.', ['739 Metern=739 m']],
    ['Es fielen 1.920 Stellen weg.', ['1.920 Stellen=1920 job']],
    ['Sie liehen 500 Mio. US-Dollar.', ['500 Mio. US-Dollar=500000000 USD']],
  ];
  for (const [input, expected] of cases) assert.deepEqual(amountsOf(input, 'de'), expected, input);
});

test('English amounts', () => {
  const cases: [string, string[]][] = [
    ['Tariffs of 145 percent and 10% apply.', ['145 percent=145 percent', '10%=10 percent']],
    ['Growth was 1.5 per cent.', ['1.5 per cent=1.5 percent']],
    ['The deal is worth $3 billion.', ['$3 billion=3000000000 USD']],
    ['It cost £10m and 3,000 dollars.', ['£10m=10000000 GBP', '3,000 dollars=3000 USD']],
    ['A two-hour call and a 10-year plan.', ['two-hour=2 hour', '10-year=10 year']],
    ['Between 10 and 20 percent voted.', ['Between 10 and 20 percent=[10,20] percent']],
    ['Pay was between $30,000 and $60,000, or $10,000 to $20,000.', ['between $30,000 and $60,000=[30000,60000] USD', '$10,000 to $20,000=[10000,20000] USD']],
    ['He took a $9.1 million loan and scored 50 points.', ['$9.1 million=9100000 USD', '50=50 null']],
    ['Two to three years remain.', ['Two to three years=[2,3] year']],
    ['Some 1,200 people fled.', ['1,200 people=1200 person']],
    ['One of them said a year ago that twenty-three died.', ['twenty-three=23 null']],
    ['She waited a year and one hour.', ['a year=1 year', 'one hour=1 hour']],
    ['The 2024 election was on 5 May 2024.', []],
    ['After 9/11 and a 2:1 win.', []],
  ];
  for (const [input, expected] of cases) assert.deepEqual(amountsOf(input, 'en'), expected, input);
});

const seed = sharedFile('seed/article.txt');
const gold = sharedFile('seed/gold.json');
test('seed: every gold date with its value, the three gold amounts (header + segment + measures)', { skip: seed && gold ? false : SHARED_MISSING }, () => {
  const text = readFileSync(seed as string, 'utf8');
  const g = JSON.parse(readFileSync(gold as string, 'utf8')) as {
    dates: { text: string; value: string | string[] }[];
    amounts: { text: string; value: number | number[]; unit: string }[];
  };
  const doc = createDoc({ id: 'seed', text, lang: 'de', date: null });
  createPipeline(['header', 'segment', 'measures']).run(doc);
  assert.ok(g.dates.length >= 7);
  for (const gd of g.dates) {
    const found = doc.dates.find((d) => d.text === gd.text);
    assert.ok(found, `date "${gd.text}" found`);
    const accepted = Array.isArray(gd.value) ? gd.value : [gd.value];
    assert.ok(accepted.includes(found.value), `date "${gd.text}": ${found.value} in ${accepted.join(', ')}`);
  }
  assert.equal(g.amounts.length, 3);
  for (const ga of g.amounts) {
    const found = doc.amounts.find((a) => a.text === ga.text);
    assert.ok(found, `amount "${ga.text}" found`);
    assert.deepEqual(found.value, ga.value);
    assert.equal(found.unit, ga.unit);
  }
  // No amount for years inside dates.
  for (const a of doc.amounts) assert.ok(!doc.dates.some((d) => a.start < d.end && d.start < a.end), a.text);
});
