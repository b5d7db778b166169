/**
 * One property run: a fresh instansi on the shared server, three desks on a faulty network (desk 0
 * ran standalone, uploads it and builds the world; desks 1 and 2 join empty with partial scope),
 * the steps of one seed, then the network heals, everyone syncs and the invariants are checked.
 */
import { makeNip } from '../../shared/domain/nip.js';
import { mulberry32 } from '../../electron/core/demo/prng.js';
import { actingAs, actorByIndex } from './actors.js';
import { Desk } from './desk.js';
import { FaultyNetwork, NO_FAULTS } from './faulty-network.js';
import type { Figures } from './figures.js';
import { forge } from './forged.js';
import { checkInvariants, type RunRecord } from './invariants.js';
import { killMidWrite } from './kill-mid-write.js';
import { BOOTSTRAP_SECRET, type LoopbackServer } from './loopback.js';
import { applyOp } from './ops.js';
import { applySkpStep } from './skp-ops.js';
import { applyEvalStep } from './eval-ops.js';
import { DESKS, type Step } from './steps.js';
import { applyUserOp } from './user-ops.js';
import { buildWorld, WORLD_PASSWORD } from './world.js';

const FAULTS = { dropRequest: 0.12, dropReply: 0.12, duplicate: 0.1, holdCopy: 0.1 };
let runNo = 0;

async function syncUntilQuiet(d: Desk): Promise<void> {
  for (let i = 0; i < 5; i++) {
    const s = await d.call('sync/now', {});
    if (s.ok && s.value.pending === 0) return;
  }
}

export async function oneRun(server: LoopbackServer, seed: number, steps: readonly Step[], figures: Figures): Promise<void> {
  const run = ++runNo;
  const adminNip = makeNip({ birthDate: '1985-03-12', tmtCpns: '2010-01', sex: 'L', sequence: 1 + (run % 999) });
  const nets = Array.from({ length: DESKS }, (_, i) => new FaultyNetwork(mulberry32(seed + i)));
  const desks: Desk[] = [];
  try {
    for (const [i, net] of nets.entries()) desks.push(await Desk.open(`D${i}`, net));
    const [first, ...others] = desks;
    if (!first) throw new Error('no desk');
    const setup = await first.call('setup/init', {
      instansi: { kode: `R${run}-${seed}`, nama: `Instansi uji ${run}` },
      unit: { kode: `R${run}-01`, nama: 'Unit teratas' },
      admin: { nip: adminNip, jenisAsn: 'PNS', gelarDepan: '', nama: 'Admin', gelarBelakang: '', golongan: 'III/b', password: WORLD_PASSWORD },
    });
    if (!setup.ok) throw new Error(setup.error.message);
    first.token = setup.value.token;
    const instansiId = setup.value.instansi.id;
    const joined = await first.call('sync/connect', { serverUrl: server.url, nip: adminNip, password: WORLD_PASSWORD, deviceName: 'D0', bootstrapSecret: BOOTSTRAP_SECRET });
    if (!joined.ok) throw new Error(joined.error.message);
    const rec: RunRecord = { instansiId, adminNip, commandEntity: new Map(), forgeries: [] };
    const track = async (d: Desk) => {
      for (const r of await d.core.context.db.selectFrom('outbox').select(['id', 'entityId']).execute()) rec.commandEntity.set(r.id, r.entityId);
    };
    const world = await buildWorld(first, run, adminNip);
    await track(first);
    await syncUntilQuiet(first);
    // Each desk's own account: who enrolled it and signs in after a crash.
    const owners = [adminNip, world.op1Nip, world.op1aNip];
    for (const [i, d] of others.entries()) {
      const nip = owners[i + 1] ?? adminNip;
      const r = await d.call('sync/connect', { serverUrl: server.url, nip, password: WORLD_PASSWORD, deviceName: d.name });
      if (!r.ok) throw new Error(`${d.name}: ${r.error.message}`);
      await d.signIn(nip, WORLD_PASSWORD);
    }

    for (const d of desks) await track(d);
    for (const n of nets) n.rates = FAULTS;
    const enrollers = new Set(owners);
    let killed = false;

    for (const step of steps) {
      figures.steps += 1;
      if (step.kind === 'late') {
        for (const n of nets) await n.deliverHeld();
        continue;
      }
      const d = desks[step.desk];
      const owner = owners[step.desk];
      if (!d || !owner) continue;
      switch (step.kind) {
        case 'org':
        case 'user': {
          const a = step.byOwner ? actingAs(d, owner) : await actorByIndex(d, step.actor);
          if (a && step.kind === 'org') await applyOp(a, run, step.op);
          if (a && step.kind === 'user') await applyUserOp(a, run, step.op, enrollers);
          await track(d);
          break;
        }
        case 'skp':
          await applySkpStep(d, step.step);
          await track(d);
          break;
        case 'eval':
          await applyEvalStep(d, step.step);
          await track(d);
          break;
        case 'forge': {
          const f = await forge(d, server, instansiId, step.forge, step.pick);
          if (f) {
            rec.forgeries.push(f);
            rec.commandEntity.set(f.command.id, f.command.entityId);
          }
          break;
        }
        case 'sync':
          await track(d);
          await d.call('sync/now', {});
          break;
        case 'crash':
          figures.crashes += 1;
          await d.crash(owner, WORLD_PASSWORD);
          break;
        case 'kill':
          // One kill per run: a child process costs seconds.
          if (killed) break;
          killed = true;
          figures.kills += 1;
          await killMidWrite(d, owner, WORLD_PASSWORD, step.edits);
          await track(d);
          break;
        case 'partition':
          d.net.partitioned = step.cut;
          break;
      }
    }

    // Heal: late copies arrive, the network is perfect again, everyone syncs until quiet.
    for (const n of nets) {
      await n.deliverHeld();
      n.rates = NO_FAULTS;
      n.partitioned = false;
    }
    for (const d of desks) await track(d);
    for (let round = 0; round < 3; round++) for (const d of desks) await d.call('sync/now', {});

    await checkInvariants(server.db, desks, rec, figures);
    figures.runs += 1;
  } finally {
    for (const n of nets) {
      figures.droppedRequests += n.stats.droppedRequests;
      figures.droppedReplies += n.stats.droppedReplies;
      figures.duplicates += n.stats.duplicates;
      figures.replayed += n.stats.replayed;
    }
    for (const d of desks) await d.dispose();
  }
}
