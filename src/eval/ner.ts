/** `lagebild eval ner`: placeholder until its owner fills it in. */
export async function evaluate(_goldPath: string, _argv: string[]): Promise<number> {
  throw new Error('not implemented yet');
}
