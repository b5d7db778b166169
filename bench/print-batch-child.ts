/**
 * The batch print of bench/groups/print.ts in a process of its own, so its peak RSS is the batch's
 * (plus the core's code): opens the demo database file, runs the print/batch job on 1,000 SKP into
 * one combined PDF, and prints `PEAK <MB> <ms> <bytes>` on stdout.
 * Usage: node --import tsx bench/print-batch-child.ts <db file> <input json file>
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../electron/core/db/connection.js';
import type { JobContext } from '../electron/core/jobs/job-types.js';
import { printBatchJob, type PrintBatchInput } from '../electron/core/services/print/batch-job.js';

const [file, inputFile] = process.argv.slice(2);
if (!file || !inputFile) throw new Error('usage: print-batch-child <db file> <input json>');
// Written by the parent from a PrintBatchInput.
const input = JSON.parse(readFileSync(inputFile, 'utf8')) as PrintBatchInput;
const { db, close } = await openDatabase({ file, migrate: false });
const ctx: JobContext = { db, progress: async () => undefined, checkCancelled: () => undefined };
const t0 = performance.now();
const out = await printBatchJob(ctx, input);
const ms = performance.now() - t0;
await close();
// maxRSS is in kilobytes.
console.log(`PEAK ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} ${ms.toFixed(0)} ${out.pdf?.length ?? 0}`);
