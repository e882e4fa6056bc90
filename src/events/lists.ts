/**
 * An empty array with the elements kind a filled array of strings or objects has (PACKED_ELEMENTS).
 * A bare `[]` is PACKED_SMI_ELEMENTS until its first push, so a list that is sometimes left empty and
 * sometimes filled reaches its readers with two array maps: `list.length` or `list.push` in an
 * optimised function then deoptimises ('wrong map') when the map it has not seen comes. Output is the
 * same (only V8's internal element kind differs).
 */
export function emptyList<T>(): T[] {
  const a: unknown[] = [null];
  a.length = 0;
  return a as T[];
}
