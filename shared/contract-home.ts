/** The Beranda channel (issue 9); joined in contract.ts. */
import { z } from 'zod';
import type { HomeSummary } from './home.js';
import { tahun } from './contract-fields.js';

export const homeArgSchemas = {
  /** What waits for the signed-in user in `tahun`: each count as the list it opens totals it. */
  'home/summary': z.strictObject({ tahun }),
} as const;

export type HomeChannelResults = {
  'home/summary': HomeSummary;
};
