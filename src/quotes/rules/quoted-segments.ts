/**
 * Sentence rule "quoted segments": quoted text no cue took (four words or more, with inner
 * punctuation or ten words) is a direct quote of the speaker before it — the subject before a
 * colon ("Teamchef X stellt sich vor seinen Fahrer: „…“"), the recent speaker (within three
 * sentences), else the person named in this sentence or the one before.
 *
 * @example
 * quotedSegments.apply(run);
 */
import { findSpeaker } from '../speaker.js';
import { words } from '../clause.js';
import type { SentenceRule } from '../rules.js';

export const quotedSegments: SentenceRule = {
  name: 'quoted-segments',
  description: 'quoted text no cue took: a direct quote of the speaker before it',
  apply(run) {
    const { cx, doc, a, b, si } = run;
    for (let k = a; k < b; k++) {
      const s = cx.inQuote[k];
      if (s < 0 || run.claimed[k]) continue;
      let e = k;
      while (e < cx.tokens.length && cx.inQuote[e] === s) e++;
      const w = words(cx, k, e);
      const prevDraft = run.last;
      const near = prevDraft && si - prevDraft.sentence <= 3 &&
        Math.abs((doc.sentences[prevDraft.sentence].paragraph ?? 0) - (doc.sentences[si].paragraph ?? 0)) <= 1;
      let punct = false;
      for (let j = k + 1; j < e - 1; j++) if (/^[.!?,;:]$/.test(cx.tokens[j].text)) punct = true;
      if (w >= 4 && (punct || w >= 10) && run.free(k, e)) {
        let speaker = near ? prevDraft.speaker : null;
        let actor = near ? prevDraft.actor : null;
        // "Teamchef X stellt sich vor seinen Fahrer: „…“": the subject before the colon speaks
        const intro = k > a && cx.tokens[k - 1].text === ':' ? run.personIn(a, k - 1) ?? findSpeaker(cx, a, k - 1, 'first') : null;
        if (intro) ({ span: speaker, actor } = run.speakerOf(intro));
        else if (!near) {
          // the person named in this sentence, else in the sentence before (same paragraph)
          const prevSent = si > 0 && doc.sentences[si - 1].paragraph === doc.sentences[si].paragraph && !doc.sentences[si - 1].header;
          const p = run.personIn(a, b) ?? (prevSent ? run.personIn(cx.sentTok[si - 1][0], cx.sentTok[si - 1][1]) : null);
          if (p) ({ span: speaker, actor } = run.speakerOf(p));
        }
        run.emit({ type: 'direct', ranges: [[k, e]], cue: null, speaker, actor, sentence: si, at: k, rule: 'quoted-segments' });
      }
      k = e - 1;
    }
  },
};
