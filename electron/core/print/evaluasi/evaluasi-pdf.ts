/**
 * The Dokumen Evaluasi Kinerja (a period's or the year's) as a PDF, from its document data alone
 * (so a verification can re-render what was printed): title, blocks 1–5, then the signatures —
 * the pejabat penilai signs (right), the pegawai signs receipt (left) — and the verification block.
 * "DRAF" across every page until the evaluation is locked.
 */
import type { PrintSettings } from '../../../../shared/print/settings.js';
import { evaluasiIdentity, type EvaluasiDocumentData } from '../../../../shared/print/evaluasi-document.js';
import { langkahEvaluasiText } from '../../../../shared/print/evaluasi-diff.js';
import type { OrangCetak } from '../../../../shared/print/skp-document.js';
import { formatCode, qrPayload, verificationCode } from '../../../../shared/print/code.js';
import { formatDate, formatPeriod } from '../../../../shared/format/tanggal.js';
import { formatNip } from '../../../../shared/domain/nip.js';
import type { Fonts } from '../fonts.js';
import type { Flow } from '../flow.js';
import type { RenderSpec } from '../render.js';
import { renderPdf } from '../render.js';
import { sideBySide, textBlock } from '../paragraph.js';
import { signaturePair, type Signer } from '../signature.js';
import { verificationBlock } from '../verification-block.js';
import { TYPE } from '../style.js';
import { drawEvaluasiBlock, drawPeopleBlocks } from './evaluasi-blocks.js';

export type DocumentPdf = { bytes: Uint8Array; code: string; hash: string };

const BLANK_DATE = '.......................... 20....';

function signer(o: OrangCetak | null, peran: string, tempatTanggal: string): Signer {
  if (!o) return { tempatTanggal, peran, jabatan: '', nama: '', nip: '', pangkat: '' };
  return { tempatTanggal, peran, jabatan: o.jabatan, nama: o.nama, nip: formatNip(o.nip), pangkat: o.pangkat };
}

function drawTitle(flow: Flow, fonts: Fonts, d: EvaluasiDocumentData): void {
  const annual = d.periode.key === 'TAHUNAN';
  flow.place(
    textBlock(flow.width, [
      { text: 'DOKUMEN EVALUASI KINERJA PEGAWAI', font: fonts.bold, size: TYPE.title, align: 'center' },
      { text: annual ? `PERIODE: TAHUNAN ${d.periode.tahun}` : `PERIODE: ${d.periode.label} ${d.periode.tahun}`, font: fonts.bold, size: TYPE.subtitle, align: 'center' },
    ]),
  );
  flow.gap(8);
  const leftW = flow.width * 0.4;
  const left = textBlock(leftW, [{ text: d.instansi.toUpperCase(), font: fonts.bold, size: TYPE.body }]);
  const right = textBlock(flow.width - leftW - 8, [{ text: `PERIODE PENILAIAN: ${formatPeriod(d.periode.mulai, d.periode.selesai, 'id').toUpperCase()}`, font: fonts.bold, size: TYPE.body, align: 'right' }]);
  flow.place(sideBySide(flow.width, left, right, leftW + 8));
  flow.gap(4);
}

/** The render spec (also used by batch printing) with the code it carries. */
export function evaluasiRenderSpec(d: EvaluasiDocumentData, settings: PrintSettings): RenderSpec {
  const identity = evaluasiIdentity(d);
  const code = verificationCode(identity);
  const status = d.terkunci ? 'terkunci' : 'belum dikunci (DRAF)';
  const verification = {
    qrText: qrPayload(identity, code),
    code: formatCode(code),
    lines: [`Dokumen Evaluasi Kinerja ${d.periode.label} ${d.periode.tahun} versi ${d.versi}, ${status}. Periksa keaslian di menu Verifikasi Dokumen dengan kode ini atau kode QR.`, ...d.langkah.map(langkahEvaluasiText)],
  };
  const tempat = settings.tempat;
  const at = (iso: string | null) => {
    const date = iso ? formatDate(iso, 'id') : BLANK_DATE;
    return tempat ? `${tempat}, ${date}` : date;
  };
  // The penilai's date is printed only once the evaluation is locked: a date on a draft would look final.
  const penilaiDate = at(d.terkunci ? d.tanggal : null);
  const received = `Diterima tanggal ${d.diterimaAt ? formatDate(d.diterimaAt, 'id') : BLANK_DATE}`;
  return {
    settings,
    title: `Dokumen Evaluasi Kinerja ${d.periode.label} ${d.periode.tahun} — ${d.pegawai.nama}`,
    subject: `Evaluasi kinerja ${d.periode.key} ${d.periode.tahun} versi ${d.versi}`,
    code,
    hash: identity.hash,
    at: d.tanggal,
    draft: !d.terkunci,
    footer: `Evaluasi ${d.periode.label} ${d.periode.tahun} versi ${d.versi} · ${d.pegawai.nama} · Kode verifikasi ${formatCode(code)}`,
    body: (flow, fonts) => {
      drawTitle(flow, fonts, d);
      drawPeopleBlocks(flow, fonts, d);
      flow.gap(10);
      drawEvaluasiBlock(flow, fonts, d);
      const block = verificationBlock(fonts, flow.width, verification);
      const pair = signaturePair(fonts, flow.width, signer(d.pegawai, 'Pegawai yang Dinilai', received), signer(d.penilai, 'Pejabat Penilai Kinerja', penilaiDate));
      flow.place(pair, block.height);
      flow.place(block);
    },
  };
}

/**
 * @example
 * const { bytes, code } = await renderEvaluasiPdf(data, settings);
 */
export async function renderEvaluasiPdf(d: EvaluasiDocumentData, settings: PrintSettings): Promise<DocumentPdf> {
  const spec = evaluasiRenderSpec(d, settings);
  return { bytes: await renderPdf(spec), code: spec.code, hash: spec.hash };
}
