/**
 * Response types of GET /api/levers (src/server/levers-route.ts), free of node imports so the web
 * app can share them.
 *
 * @example
 * import type { LeversResponse } from '../../src/server/levers-types.js';
 */
import type { LeverRow } from '../store/lever-rows.js';

/** One lever over all its mentions: where it stands now. */
export interface LeverState {
  instrument: string;
  kind: string;
  imposerCountry: string | null;
  targetCountry: string | null;
  good: string | null;
  /** status of the latest mention (by day): in-force, suspended, lifted, threatened, planned */
  status: string;
  /** the largest magnitude seen (percent before other units), with its text */
  strongest: { value: number; unit: string | null; text: string | null } | null;
  firstDay: string | null;
  lastDay: string | null;
  mentions: number;
}

/** Levers per month, good and instrument. */
export interface LeverSeriesPoint {
  month: string;
  good: string | null;
  instrument: string;
  count: number;
}

/** Response of GET /api/levers. */
export interface LeversResponse {
  a: string | null;
  b: string | null;
  items: LeverRow[];
  state: LeverState[];
  series: LeverSeriesPoint[];
}

