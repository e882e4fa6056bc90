import { startupSnapshot } from 'node:v8';
// V8 cannot serialise Intl objects (ICU handles): Segmenters made while warming up are created
// again, lazily, after the snapshot is deserialised.
const Real = Intl.Segmenter;
const live = new Set<Lazy>();
class Lazy {
  private real: Intl.Segmenter | null = null;
  constructor(private readonly locales?: string | string[], private readonly options?: Intl.SegmenterOptions) { live.add(this); }
  segment(input: string): Intl.Segments { return (this.real ??= new Real(this.locales, this.options)).segment(input); }
  resolvedOptions(): Intl.ResolvedSegmenterOptions { return (this.real ??= new Real(this.locales, this.options)).resolvedOptions(); }
}
(Intl as { Segmenter: unknown }).Segmenter = Lazy;
startupSnapshot.addSerializeCallback(() => { for (const s of live) (s as unknown as { real: null }).real = null; });
