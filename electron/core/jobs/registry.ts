/**
 * Every long job by name. The worker thread and the inline runner look jobs up here, so a job is
 * the same function wherever it runs.
 */
import { commitJob, previewJob } from '../services/sheets/import-jobs.js';
import { applyInboxJob } from '../sync/apply-job.js';
import { kehadiranCommitJob, kehadiranPreviewJob } from '../services/tpp/import-jobs.js';
import { printBatchJob } from '../services/print/batch-job.js';

export const JOBS = {
  'sheets/preview': previewJob,
  'sheets/commit': commitJob,
  'sync/applyInbox': applyInboxJob,
  'tpp/importPreview': kehadiranPreviewJob,
  'tpp/importCommit': kehadiranCommitJob,
  'print/batch': printBatchJob,
} as const;

export type JobName = keyof typeof JOBS;
export type JobInput<N extends JobName> = Parameters<(typeof JOBS)[N]>[1];
export type JobOutput<N extends JobName> = Awaited<ReturnType<(typeof JOBS)[N]>>;

export function isJobName(name: string): name is JobName {
  return Object.prototype.hasOwnProperty.call(JOBS, name);
}
