import { evaluateArticleLines } from './src/eval/events.js';
const { items } = evaluateArticleLines('../shared/eval/de-events/dev.jsonl', 'even');
const name = (doc: any, ids: string[]) => ids.map((id) => doc.actors.find((a: any) => a.id === id)?.name).join('+');
for (const it of items) for (const e of it.doc.events) {
  if (!it.score.falsePositives.includes(e.id) || e.status !== (process.argv[2] ?? 'planned')) continue;
  console.log(e.type, `${name(it.doc, e.source)}(${e.sourceCountry})>${name(it.doc, e.target)}(${e.targetCountry})`, JSON.stringify(e.trigger.text), '|', it.doc.text.slice(e.evidence.start, e.evidence.end).slice(0, 160));
}
