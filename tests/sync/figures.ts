/** What property runs did, summed over runs (printed at the end, and by `npm run fuzz`). */
export type Figures = {
  runs: number;
  steps: number;
  accepted: number;
  rejected: number;
  conflicts: number;
  crashes: number;
  kills: number;
  forged: number;
  forgedRefused: number;
  droppedRequests: number;
  droppedReplies: number;
  duplicates: number;
  replayed: number;
  /** Evaluation rows (issue 10) the server holds after the runs: proof the evaluation steps got through. */
  evaluationRows: number;
  failures: number;
};

export function newFigures(): Figures {
  return { runs: 0, steps: 0, accepted: 0, rejected: 0, conflicts: 0, crashes: 0, kills: 0, forged: 0, forgedRefused: 0, droppedRequests: 0, droppedReplies: 0, duplicates: 0, replayed: 0, evaluationRows: 0, failures: 0 };
}
