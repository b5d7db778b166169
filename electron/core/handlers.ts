/**
 * The contract bound to services: one entry per channel. `satisfies Handlers` makes the compiler
 * check that every channel has a handler with the right argument and result types.
 */
import type { Channel, ParsedArgsOf, ResultOf } from '../../shared/contract.js';
import { actorOf, type CallContext } from './context.js';
import { AppFailure } from '../../shared/result.js';
import { getInstansi } from './db/repositories/instansi-repo.js';
import { countUsers } from './db/repositories/user-repo.js';
import { listAudit } from './db/repositories/audit-repo.js';
import { listUnits } from './db/repositories/unit-repo.js';
import { requireRole } from './auth/actor.js';
import * as auth from './services/auth-service.js';
import * as setup from './services/setup-service.js';
import * as units from './services/unit-service.js';
import * as jabatan from './services/jabatan-service.js';
import * as pegawai from './services/pegawai-service.js';
import * as users from './services/user-service.js';
import * as bulkAccounts from './services/bulk-accounts.js';
import * as sheets from './services/sheets/index.js';
import * as sync from './sync/sync-service.js';
import * as skp from './services/skp/skp-service.js';
import * as rhk from './services/skp/rhk-service.js';
import * as bulk from './services/skp/bulk.js';
import { atasanRhkOptions } from './services/skp/picker.js';
import { readinessBoard } from './services/skp/readiness.js';
import { petaCascading } from './services/skp/peta.js';
import { inbox } from './services/skp/inbox.js';
import { homeSummary } from './services/home/home-summary.js';
import { listOpenConflicts } from './sync/conflicts.js';
import { resolveConflict } from './sync/resolve.js';
import { resolveActor } from './services/session-service.js';
import { recoveryInfo } from './recovery.js';
import * as audit from './services/audit/audit-service.js';
import * as settings from './services/evaluasi/settings-service.js';
import * as realisasi from './services/evaluasi/realisasi-service.js';
import * as bukti from './services/evaluasi/bukti-service.js';
import * as umpanBalik from './services/evaluasi/umpan-balik-service.js';
import * as evaluasi from './services/evaluasi/evaluasi-service.js';
import * as laporan from './services/evaluasi/laporan-service.js';
import * as overrides from './services/evaluasi/penilai-override-service.js';
import { kurvaGet, setPredikatOrganisasi } from './services/evaluasi/kurva-service.js';
import { evaluasiProgress } from './services/evaluasi/progress.js';
import { todoList } from './services/evaluasi/todo.js';
import { readPrintSettings, savePrintSettings } from './services/print/print-settings.js';
import { printEvaluasi, printPeta, printSkp } from './services/print/print-service.js';
import { printBatch } from './services/print/batch-service.js';
import { verifyCode, verifyFile } from './services/print/verify-service.js';
import * as tppPengaturan from './services/tpp/pengaturan-service.js';
import * as tppIzin from './services/tpp/izin-service.js';
import * as tppImport from './services/tpp/import-service.js';
import * as tppRekap from './services/tpp/rekap.js';
import { rekapExport } from './services/rekap/rekap-service.js';

type Handler<C extends Channel> = (args: ParsedArgsOf<C>, call: CallContext) => Promise<ResultOf<C>>;
export type Handlers = { [C in Channel]: Handler<C> };

function tokenOf(call: CallContext): string {
  if (!call.token) throw new AppFailure('UNAUTHENTICATED');
  return call.token;
}

export const handlers = {
  'app/info': async (_a, { core }) => {
    const instansi = await getInstansi(core.db);
    return { version: core.version, mode: core.mode, isSetUp: instansi !== null && (await countUsers(core.db)) > 0, instansi };
  },
  // The database opened: there is nothing to recover, only copies to list (see recovery.ts for
  // the answers while a migration failure keeps the database closed).
  'recovery/status': async (_a, { core }) => recoveryInfo(core.dataDir, null),
  'recovery/restore': async () => {
    throw new AppFailure('FORBIDDEN', 'Pemulihan dari salinan hanya tersedia ketika pembaruan basis data gagal saat aplikasi dimulai.');
  },
  'setup/init': (a, { core }) => setup.initialSetup(core, a),
  'setup/loadDemo': (a, { core }) => setup.loadDemo(core, a.pegawaiCount),

  'auth/signIn': (a, { core }) => auth.signIn(core, a.nip, a.password),
  'auth/signOut': async (_a, call) => auth.signOut(call.core, call.token),
  'auth/me': (_a, call) => auth.me(call.core, actorOf(call), tokenOf(call)),
  'auth/changePassword': (a, call) => auth.changePassword(call.core, actorOf(call), a.oldPassword, a.newPassword, call.token),

  'org/units': (_a, call) => units.unitsInScope(call.core, actorOf(call)),
  'org/unitSave': (a, call) => units.saveUnitFromForm(call.core, actorOf(call), a),
  'org/jabatanList': (a, call) => jabatan.jabatanRows(call.core, actorOf(call), a),
  'org/jabatanSave': (a, call) => jabatan.saveJabatanFromForm(call.core, actorOf(call), a),

  'pegawai/search': (a, call) => pegawai.search(call.core, actorOf(call), a),
  'pegawai/get': (a, call) => pegawai.detail(call.core, actorOf(call), a.id),
  'pegawai/save': (a, call) => pegawai.saveFromForm(call.core, actorOf(call), a),

  'users/list': (a, call) => users.listAccounts(call.core, actorOf(call), a),
  'users/save': (a, call) => users.saveAccount(call.core, actorOf(call), a),

  'audit/list': async (a, call) => {
    const actor = actorOf(call);
    requireRole(actor, 'admin', 'operator');
    const wholeInstansi = (await listUnits(call.core.db)).every((u) => actor.scopeUnitIds.has(u.id));
    return listAudit(call.core.db, { ...a, unitIds: wholeInstansi ? null : [...actor.scopeUnitIds] });
  },

  'audit/search': (a, call) => audit.searchAuditPage(call.core, actorOf(call), a),
  'audit/actors': (_a, call) => audit.listAuditActors(call.core, actorOf(call)),
  'audit/export': (a, call) => audit.exportAudit(call.core, actorOf(call), a),

  'sheets/template': (_a, call) => sheets.sheetTemplate(call.core, actorOf(call)),
  'sheets/export': (_a, call) => sheets.sheetExport(call.core, actorOf(call)),
  'sheets/preview': (a, call) => sheets.sheetPreview(call.core, actorOf(call), a, call.token),
  'sheets/commit': (a, call) => sheets.sheetCommit(call.core, actorOf(call), a.previewId, call.token),
  'jobs/cancel': async (a, call) => ({ cancelled: call.core.jobs.cancel(a.jobId, actorOf(call).user.id) }),

  'skp/list': (a, call) => skp.listSkp(call.core, actorOf(call), a),
  'skp/get': (a, call) => skp.getSkp(call.core, actorOf(call), a),
  'skp/create': (a, call) => skp.createSkp(call.core, actorOf(call), a),
  'skp/update': (a, call) => skp.updateSkpParts(call.core, actorOf(call), a),
  'skp/submit': (a, call) => skp.submitSkp(call.core, actorOf(call), a),
  'skp/approve': (a, call) => skp.approveSkp(call.core, actorOf(call), a),
  'skp/return': (a, call) => skp.returnSkp(call.core, actorOf(call), a),
  'skp/startPerubahan': (a, call) => skp.startPerubahan(call.core, actorOf(call), a),
  'skp/versions': (a, call) => skp.skpVersions(call.core, actorOf(call), a),
  'rhk/save': (a, call) => rhk.saveRhk(call.core, actorOf(call), a),
  'rhk/delete': (a, call) => rhk.deleteRhk(call.core, actorOf(call), a),
  'rhk/link': (a, call) => rhk.linkRhk(call.core, actorOf(call), a),
  'skp/atasanRhkOptions': (a, call) => atasanRhkOptions(call.core, actorOf(call), a),
  'skp/inbox': (a, call) => inbox(call.core, actorOf(call), a),
  'skp/readiness': (a, call) => readinessBoard(call.core, actorOf(call), a),
  'skp/peta': (a, call) => petaCascading(call.core, actorOf(call), a),
  'skp/copyLastPeriod': (a, call) => bulk.copyLastPeriod(call.core, actorOf(call), a),
  'skp/templateGet': (a, call) => bulk.templateGet(call.core, actorOf(call), a),
  'skp/templateSave': (a, call) => bulk.templateSave(call.core, actorOf(call), a),
  'skp/applyRhkToMany': (a, call) => bulk.applyRhkToMany(call.core, actorOf(call), a),

  'sync/status': (_a, { core }) => core.sync.engine.status(),
  'sync/problem': (_a, call) => sync.problem(call.core, actorOf(call)),
  'sync/now': (_a, { core }) => core.sync.engine.syncNow(),
  'sync/networkReturned': async (_a, { core }) => {
    core.sync.engine.networkReturned();
    return null;
  },
  'sync/connect': async (a, call) => {
    const actor = call.token ? await resolveActor(call.core, call.token).catch(() => null) : null;
    // Public for an empty desk, so the dispatcher's check does not run: an initial password connects nothing.
    if (actor?.mustChangePassword) throw new AppFailure('PASSWORD_CHANGE_REQUIRED');
    return sync.connect(call.core, actor, a);
  },
  'sync/connectPreview': (a, call) => sync.connectPreview(call.core, actorOf(call), a),
  'sync/conflicts': async (_a, call) => {
    requireRole(actorOf(call), 'operator', 'admin');
    return listOpenConflicts(call.core.db);
  },
  'sync/resolveConflict': (a, call) => resolveConflict(call.core, actorOf(call), a.id, a.choice),

  'home/summary': (a, call) => homeSummary(call.core, actorOf(call), a),
  'users/bulkPreview': (a, call) => bulkAccounts.bulkPreview(call.core, actorOf(call), a),
  'users/bulkCreate': (a, call) => bulkAccounts.bulkCreate(call.core, actorOf(call), a, call.token),
  'evaluasi/settingsGet': (_a, call) => settings.settingsGet(call.core),
  'evaluasi/settingsSave': (a, call) => settings.settingsSave(call.core, actorOf(call), a),
  'penilai/overrides': (a, call) => overrides.listOverrides(call.core, actorOf(call), a),
  'penilai/overrideSave': (a, call) => overrides.saveOverride(call.core, actorOf(call), a),
  'penilai/overrideCancel': (a, call) => overrides.cancelOverride(call.core, actorOf(call), a),
  'realisasi/get': (a, call) => realisasi.getRealisasi(call.core, actorOf(call), a),
  'realisasi/save': (a, call) => realisasi.saveRealisasi(call.core, actorOf(call), a),
  'realisasi/report': (a, call) => realisasi.reportRealisasi(call.core, actorOf(call), a),
  'realisasi/requestRevision': (a, call) => realisasi.requestRevision(call.core, actorOf(call), a),
  'realisasi/attach': (a, call) => bukti.attachBukti(call.core, actorOf(call), a),
  'realisasi/file': (a, call) => bukti.buktiFile(call.core, actorOf(call), a),
  'laporan/list': (a, call) => laporan.listLaporan(call.core, actorOf(call), a),
  'laporan/save': (a, call) => laporan.saveLaporan(call.core, actorOf(call), a),
  'laporan/delete': (a, call) => laporan.deleteLaporan(call.core, actorOf(call), a),
  'laporan/rekap': (a, call) => laporan.rekap(call.core, actorOf(call), a),
  'umpanBalik/list': (a, call) => umpanBalik.listUmpanBalik(call.core, actorOf(call), a),
  'umpanBalik/add': (a, call) => umpanBalik.addUmpanBalik(call.core, actorOf(call), a),
  'evaluasi/session': (a, call) => evaluasi.getSession(call.core, actorOf(call), a),
  'evaluasi/rate': (a, call) => evaluasi.rate(call.core, actorOf(call), a),
  'evaluasi/lock': (a, call) => evaluasi.lock(call.core, actorOf(call), a),
  'evaluasi/reopen': (a, call) => evaluasi.reopen(call.core, actorOf(call), a),
  'evaluasi/acknowledge': (a, call) => evaluasi.acknowledge(call.core, actorOf(call), a),
  'evaluasi/periods': (a, call) => evaluasi.periods(call.core, actorOf(call), a),
  'evaluasi/todo': (a, call) => todoList(call.core, actorOf(call), a),
  'evaluasi/progress': (a, call) => evaluasiProgress(call.core, actorOf(call), a),
  'kurva/get': (a, call) => kurvaGet(call.core, actorOf(call), a),
  'kurva/setPredikatOrganisasi': (a, call) => setPredikatOrganisasi(call.core, actorOf(call), a),

  'print/settingsGet': (_a, call) => readPrintSettings(call.core.db),
  'print/settingsSave': (a, call) => savePrintSettings(call.core, actorOf(call), a),
  'print/skp': (a, call) => printSkp(call.core, actorOf(call), a),
  'print/evaluasi': (a, call) => printEvaluasi(call.core, actorOf(call), a),
  'print/peta': (a, call) => printPeta(call.core, actorOf(call), a),
  'print/batch': (a, call) => printBatch(call.core, actorOf(call), a, call.token),
  'verify/code': (a, call) => verifyCode(call.core, actorOf(call), a),
  'verify/file': (a, call) => verifyFile(call.core, actorOf(call), a),

  'tpp/settingsGet': (_a, call) => tppPengaturan.pengaturanGet(call.core, actorOf(call)),
  'tpp/settingsSave': (a, call) => tppPengaturan.pengaturanSave(call.core, actorOf(call), a.pengaturan),
  'tpp/absenceList': (a, call) => tppIzin.izinList(call.core, actorOf(call), a),
  'tpp/absenceSave': (a, call) => tppIzin.izinSave(call.core, actorOf(call), a),
  'tpp/absenceDelete': (a, call) => tppIzin.izinDelete(call.core, actorOf(call), a.id),
  'tpp/importPreview': (a, call) => tppImport.kehadiranPreview(call.core, actorOf(call), a, call.token),
  'tpp/importCommit': (a, call) => tppImport.kehadiranCommit(call.core, actorOf(call), a.previewId, call.token),
  'tpp/rekap': (a, call) => tppRekap.tppRekap(call.core, actorOf(call), a),
  'tpp/export': (a, call) => tppRekap.tppExport(call.core, actorOf(call), a),
  'rekap/export': (a, call) => rekapExport(call.core, actorOf(call), a),
} satisfies Handlers;
