import { readFileSync } from 'node:fs';
import { createDoc } from './src/pipeline/doc.js';
import { createPipeline } from './src/pipeline/pipeline.js';
const p = createPipeline();
for (const text of readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean)) {
  const doc = createDoc({ id: 'x', text, lang: 'de', date: '2024-05-08' });
  p.run(doc);
  const name = (id: string) => doc.actors.find((a) => a.id === id)?.name;
  console.log(text);
  for (const e of doc.events) console.log('   ', e.type, e.mode, `${e.source.map(name)}(${e.sourceCountry}) > ${e.target.map(name)}(${e.targetCountry})`, e.status, JSON.stringify(e.trigger.text));
}
