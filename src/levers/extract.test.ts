/**
 * Table tests of the levers stage on sentences written for these tests: each case is an article
 * (language, date, text) and the compact reading of its levers,
 * "instrument IMPOSER>TARGET GOOD magnitude direction status date/basis" joined by "; ".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Lever, Result } from '../contract/schema.js';
import { analyze } from '../pipeline/analyze.js';
import { validateResult } from '../contract/validate.js';

function reading(r: Result): string {
  const party = (country: string | null, ids: string[]) => country ?? (ids[0] ? r.actors.find((a) => a.id === ids[0])?.name ?? '?' : '-');
  return (r.levers ?? []).map((l: Lever) => [
    l.instrument,
    `${party(l.imposerCountry, l.imposer)}>${party(l.targetCountry, l.target)}`,
    l.good ?? '-',
    l.magnitude ? `${JSON.stringify(l.magnitude.value)}${l.magnitude.unit === 'percent' ? '%' : ` ${l.magnitude.unit}`}` : '-',
    l.direction ?? '-',
    l.status,
    `${l.date ?? '-'}/${l.dateBasis ?? '-'}`,
  ].join(' ')).join('; ');
}

function run(lang: 'de' | 'en', text: string, date = '2025-06-12'): string {
  const r = analyze({ text, lang, date });
  assert.ok(!('error' in r));
  assert.deepEqual(validateResult(r), []);
  return reading(r as Result);
}

const DE: [string, string][] = [
  ['Washington verhängte am Montag Zölle von 30 Prozent auf Stahl aus Brasilien.',
    'tariff USA>BRA STEEL 30% imposed in-force 2025-06-09/text'],
  ['Kanada erhöht die Zölle auf chinesische Elektroautos auf 100 Prozent.',
    'tariff CAN>CHN EV 100% raised in-force 2025-06-12/article'],
  ['Die US-Zölle auf Einfuhren aus Vietnam waren bereits im Frühjahr gesenkt worden.',
    'tariff USA>VNM ALL - lowered in-force -/-'],
  ['Indien hatte schon früher Zölle auf amerikanische Mandeln erhoben.',
    'tariff IND>USA - - imposed in-force -/-'],
  ['Japan schränkt die Ausfuhr von Chipmaschinen nach China ein.',
    'export-control JPN>CHN SEMI-EQ - - in-force -/-'],
  ['Peking verbietet die Ausfuhr von Gallium in die USA.',
    'export-control CHN>USA CRIT - imposed in-force 2025-06-12/article'],
  ['Russland stoppt die Einfuhr von Obst aus Moldau.',
    'import-ban RUS>MDA AGRI - imposed in-force 2025-06-12/article'],
  ['Seit Jahren kauft Indien kein Öl mehr aus Venezuela.',
    'import-ban IND>VEN OIL - - in-force -/-'],
  ['Die EU will ihre Sanktionen gegen Belarus verlängern.',
    'sanctions Europäische Union>BLR - - planned planned -/-'],
  ['Großbritannien setzte die Zölle auf indische Textilien für ein Jahr aus.',
    'tariff GBR>IND - - suspended suspended 2025-06-12/article'],
  ['Peking hat die Chinesen aufgefordert, keine iPhones von Apple mehr zu nutzen.',
    'boycott CHN>USA - - - in-force -/-'],
  ['Die Slowakei ist bei Erdgas zu 80 Prozent von Russland abhängig.',
    'dependence RUS>SVK GAS 80% - in-force -/-'],
  ['Taiwan kontrolliert rund zwei Drittel der weltweiten Produktion von Halbleitern.',
    'dependence TWN>- SEMI 0.6667 share - in-force -/-'],
  ['Die Regierung hat ihren Sportwagen von der Steuer abhängig gemacht.', ''],
  ['Frankreich lehnt die Sanktionen der EU gegen Russland ab.',
    'sanctions Europäische Union>RUS - - - in-force -/-'],
  ['Indien hat die Ausfuhr von Reis nach Bangladesch nicht beschränkt.',
    'export-control IND>BGD GRAIN - imposed negated -/-'],
  ['Die EU verhängt nicht nur Zölle auf Stahl aus China.',
    'tariff Europäische Union>CHN STEEL - imposed in-force 2025-06-12/article'],
  ['Trump droht der EU mit Zöllen von 50 Prozent auf Wein und Käse.',
    'tariff USA>Europäische Union SPIRITS 50% threatened threatened 2025-06-12/article; tariff USA>Europäische Union AGRI 50% threatened threatened 2025-06-12/article'],
];

const EN: [string, string][] = [
  ['Washington imposed 50 percent tariffs on Indian goods on Wednesday.',
    'tariff USA>IND ALL 50% imposed in-force 2025-06-11/text'],
  ['Beijing lifted its tariffs on Australian wine.',
    'tariff CHN>AUS SPIRITS - lifted lifted 2025-06-12/article'],
  ['Mexico raised tariffs on cars from China to 50 percent.',
    'tariff MEX>CHN AUTO 50% raised in-force 2025-06-12/article'],
  ['China had already banned exports of antimony to the United States.',
    'export-control CHN>USA CRIT - imposed in-force -/-'],
  ['The Netherlands restricted exports of lithography machines to China in 2023.',
    'export-control NLD>CHN SEMI-EQ - imposed in-force 2023/text'],
  ['South Korea stopped buying oil from Iran.',
    'import-ban KOR>IRN OIL - imposed in-force 2025-06-12/article'],
  ['Britain will impose sanctions on Russian banks.',
    'sanctions GBR>RUS - - planned planned -/-'],
  ['Japan depends on Saudi Arabia for about 40 percent of its crude oil.',
    'dependence SAU>JPN OIL 40% - in-force -/-'],
  ['China controls about 80 percent of the world supply of graphite.',
    'dependence CHN>- CRIT 80% - in-force -/-'],
  ['Moscow told state firms to stop using Microsoft software.',
    'boycott RUS>USA TECH - - in-force -/-'],
  ['Canada threatened to put a 25 percent surtax on steel from the United States.',
    'tariff CAN>USA STEEL 25% threatened threatened 2025-06-12/article'],
  ['The talks on steel quotas between India and the EU failed.', ''],
  ['The company depends on good weather.', ''],
  ['Britain defended plans to end the European Union\'s arms embargo on China.',
    'export-control Europäische Union>CHN ARMS - planned planned -/-'],
  ['The Iran sanctions imposed by Washington hit oil exports.',
    'sanctions USA>IRN OIL - imposed in-force 2025-06-12/article'],
  ['China is the largest buyer of Brazilian soybeans.',
    'dependence CHN>BRA SOY - - in-force -/-'],
  ['Washington barred American investors from buying shares in Chinese surveillance companies.',
    'investment USA>CHN - - - in-force -/-'],
  ['China will not impose tariffs on American cars.',
    'tariff CHN>USA AUTO - planned negated -/-'],
  ['Japan did not restrict exports of chips to China.',
    'export-control JPN>CHN SEMI - - negated -/-'],
];

// all cases are compared at once, so a failure lists every sentence that reads differently
test('levers in German sentences', () => {
  assert.deepEqual(DE.map(([text]) => `${text} => ${run('de', text)}`), DE.map(([text, want]) => `${text} => ${want}`));
});

test('levers in English sentences', () => {
  assert.deepEqual(EN.map(([text]) => `${text} => ${run('en', text)}`), EN.map(([text, want]) => `${text} => ${want}`));
});
