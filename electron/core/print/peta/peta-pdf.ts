/**
 * The peta cascading of a unit as a PDF, rendered from its document data alone (so a verification
 * can re-render what was printed): title, unit, year and periode, the tree as one table, then the
 * verification block. "DRAF" across every page until every holder's SKP is approved.
 *
 * DOMAIN.md names no official form for this print: its "Printed documents" section lists the SKP
 * and the evaluation documents only, and says of the matriks peran dan hasil that "the exact layout
 * varies". So the title ("PETA CASCADING KINERJA") and the columns (taken from the SKP form's
 * "RHK Pimpinan yang Diintervensi" / "Rencana Hasil Kerja") are ours, and no signature block is
 * printed: nothing we have says who signs a peta (the kepala unit is the likely one). Adding one is
 * a signaturePair after the table once an instansi's form shows it.
 */
import type { PrintSettings } from '../../../../shared/print/settings.js';
import { petaIdentity, type PetaDocumentData } from '../../../../shared/print/peta-document.js';
import { petaStatusLines } from '../../../../shared/print/peta-diff.js';
import { formatCode, qrPayload, verificationCode } from '../../../../shared/print/code.js';
import { formatDate, formatPeriod } from '../../../../shared/format/tanggal.js';
import type { Fonts } from '../fonts.js';
import type { Flow } from '../flow.js';
import { renderPdf, type RenderSpec } from '../render.js';
import { sideBySide, textBlock } from '../paragraph.js';
import { verificationBlock } from '../verification-block.js';
import { TYPE } from '../style.js';
import { drawPetaTable } from './peta-table.js';

export type PetaPdf = { bytes: Uint8Array; code: string; hash: string };

function drawTitle(flow: Flow, fonts: Fonts, d: PetaDocumentData): void {
  flow.place(
    textBlock(flow.width, [
      { text: 'PETA CASCADING KINERJA', font: fonts.bold, size: TYPE.title, align: 'center' },
      { text: d.unit.toUpperCase(), font: fonts.bold, size: TYPE.subtitle, align: 'center' },
      { text: `TAHUN ${d.tahun}`, font: fonts.bold, size: TYPE.subtitle, align: 'center' },
    ]),
  );
  flow.gap(8);
  const leftW = flow.width * 0.4;
  const left = textBlock(leftW, [{ text: d.instansi.toUpperCase(), font: fonts.bold, size: TYPE.body }]);
  const right = textBlock(flow.width - leftW - 8, [{ text: `PERIODE: ${formatPeriod(d.periode.mulai, d.periode.selesai, 'id').toUpperCase()}`, font: fonts.bold, size: TYPE.body, align: 'right' }]);
  flow.place(sideBySide(flow.width, left, right, leftW + 8));
  flow.gap(4);
  const note = 'Kolom RHK Pimpinan yang Diintervensi menyebut nomor pemangku jabatan atasan pada peta ini dan nomor RHK-nya.';
  flow.place(textBlock(flow.width, [{ text: note, font: fonts.regular, size: TYPE.small }]));
  flow.gap(6);
}

/** The render spec with the code it carries. */
export function petaRenderSpec(d: PetaDocumentData, settings: PrintSettings): RenderSpec {
  const identity = petaIdentity(d);
  const code = verificationCode(identity);
  const status = d.final ? 'semua SKP disetujui' : 'ada SKP yang belum disetujui (DRAF)';
  const asOf = d.tanggal ? ` Keadaan data: ${formatDate(d.tanggal, 'id')}.` : '';
  const verification = {
    qrText: qrPayload(identity, code),
    code: formatCode(code),
    lines: [`Peta Cascading Kinerja ${d.unit} tahun ${d.tahun} versi ${d.versi}, ${status}.${asOf} Periksa keaslian di menu Verifikasi Dokumen dengan kode ini atau kode QR.`, ...petaStatusLines(d)],
  };
  return {
    settings,
    title: `Peta Cascading Kinerja ${d.tahun} — ${d.unit}`,
    subject: `Peta cascading ${d.tahun} versi ${d.versi}`,
    code,
    hash: identity.hash,
    at: d.tanggal,
    draft: !d.final,
    footer: `Peta Cascading ${d.tahun} versi ${d.versi} · ${d.unit} · Kode verifikasi ${formatCode(code)}`,
    body: (flow, fonts) => {
      drawTitle(flow, fonts, d);
      const block = verificationBlock(fonts, flow.width, verification);
      const gap = 10;
      drawPetaTable(flow, fonts, d, textBlock(flow.width, [{ text: 'RENCANA HASIL KERJA BERJENJANG', font: fonts.bold, size: TYPE.body }], 3), block.height + gap);
      flow.gap(gap);
      flow.place(block);
    },
  };
}

/**
 * @example
 * const { bytes, code } = await renderPetaPdf(data, settings);
 */
export async function renderPetaPdf(d: PetaDocumentData, settings: PrintSettings): Promise<PetaPdf> {
  const spec = petaRenderSpec(d, settings);
  return { bytes: await renderPdf(spec), code: spec.code, hash: spec.hash };
}
