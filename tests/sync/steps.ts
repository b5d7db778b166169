/**
 * What happens in a property run, step by step: people edit on desks (org, SKP, evaluation, accounts),
 * someone forges commands with a desk's secret, desks sync, crash, get killed mid-write, lose the
 * network, and held-back copies arrive late. Desk 0 holds the whole instansi (top admin), desk 1
 * Bidang 1 (its admin-operator), desk 2 the Sub-bidang where a pegawai works.
 */
import fc from 'fast-check';
import { opArb, type Op } from './ops.js';
import { skpStepArb, type SkpStep } from './skp-ops.js';
import { evalStepArb, type EvalStep } from './eval-ops.js';
import { userOpArb, type UserOp } from './user-ops.js';
import type { ForgeKind } from './forged.js';

export const DESKS = 3;

export type Step =
  /** `byOwner`: the desk's enrolling admin/operator acts; otherwise account number `actor`. */
  | { kind: 'org'; desk: number; byOwner: boolean; actor: number; op: Op }
  | { kind: 'skp'; desk: number; step: SkpStep }
  /** Evaluation of approved SKP (issue 10): realisasi, ratings, locks, reopening, overrides. */
  | { kind: 'eval'; desk: number; step: EvalStep }
  | { kind: 'user'; desk: number; byOwner: boolean; actor: number; op: UserOp }
  | { kind: 'forge'; desk: number; forge: ForgeKind; pick: number }
  | { kind: 'sync'; desk: number }
  | { kind: 'crash'; desk: number }
  | { kind: 'kill'; desk: number; edits: number }
  | { kind: 'partition'; desk: number; cut: boolean }
  | { kind: 'late' };

const desk = fc.nat(DESKS - 1);
const byOwner = fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) });
const actor = fc.nat(50);

export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('org' as const), desk, byOwner, actor, op: opArb }) },
  { weight: 14, arbitrary: fc.record({ kind: fc.constant('skp' as const), desk, step: skpStepArb }) },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('eval' as const), desk, step: evalStepArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('user' as const), desk, byOwner, actor, op: userOpArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('forge' as const), desk, forge: fc.constantFrom('actor' as const, 'payload' as const), pick: fc.nat(50) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('sync' as const), desk }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('crash' as const), desk }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('kill' as const), desk, edits: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('partition' as const), desk, cut: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'late' as const }) },
);

export const stepsArb = fc.array(stepArb, { minLength: 30, maxLength: 90 });

/** The steps of one seed: the same seed always gives the same run. */
export function stepsOf(seed: number): Step[] {
  const [steps] = fc.sample(stepsArb, { seed, numRuns: 1 });
  return steps ?? [];
}
