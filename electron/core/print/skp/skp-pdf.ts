/**
 * The SKP with its lampiran as a PDF, rendered from its document data alone (so a verification can
 * re-render exactly what was printed). Order as on the form: title, people, hasil kerja, perilaku
 * kerja, signatures; the lampiran on its own page, signed again, then the verification block.
 */
import type { PrintSettings } from '../../../../shared/print/settings.js';
import { skpIdentity, type OrangCetak, type SkpDocumentData } from '../../../../shared/print/skp-document.js';
import { formatCode, qrPayload, verificationCode } from '../../../../shared/print/code.js';
import { langkahText } from '../../../../shared/print/langkah.js';
import { formatDate } from '../../../../shared/format/tanggal.js';
import { formatNip } from '../../../../shared/domain/nip.js';
import type { Fonts } from '../fonts.js';
import type { Flow } from '../flow.js';
import { renderPdf, type RenderSpec } from '../render.js';
import { signaturePair, type Signer } from '../signature.js';
import { verificationBlock } from '../verification-block.js';
import { drawPeopleTable, drawTitle, titleLines } from './skp-header.js';
import { drawHasilKerja } from './skp-hasil-kerja.js';
import { drawLampiran, drawPerilaku } from './skp-perilaku.js';

export type SkpPdf = { bytes: Uint8Array; code: string; hash: string };

function signer(o: OrangCetak | null, peran: string, tempatTanggal: string): Signer | null {
  if (!o) return { tempatTanggal, peran, jabatan: '', nama: '', nip: '', pangkat: '' };
  return { tempatTanggal, peran, jabatan: o.jabatan, nama: o.nama, nip: formatNip(o.nip), pangkat: o.pangkat };
}

/** Before approval the date is left for the pen: a printed date would look like an approval. */
function tempatTanggal(d: SkpDocumentData, tempat: string): string {
  const date = d.status === 'disetujui' && d.tanggal ? formatDate(d.tanggal, 'id') : '.......................... 20....';
  return tempat ? `${tempat}, ${date}` : date;
}

function signatures(flow: Flow, fonts: Fonts, d: SkpDocumentData, tempat: string, keepWithNext = 0): void {
  const pair = signaturePair(fonts, flow.width, signer(d.pegawai, 'Pegawai yang Dinilai', ' '), signer(d.penilai, 'Pejabat Penilai Kinerja', tempatTanggal(d, tempat)));
  flow.place(pair, keepWithNext);
}

/** The render spec (also used by batch printing), carrying the code and hash. */
export function skpRenderSpec(d: SkpDocumentData, settings: PrintSettings): RenderSpec {
  const identity = skpIdentity(d);
  const code = verificationCode(identity);
  const { title, subtitle } = titleLines(d);
  const status = d.status === 'disetujui' ? 'disetujui' : 'belum disetujui (DRAF)';
  const verification = {
    qrText: qrPayload(identity, code),
    code: formatCode(code),
    lines: [
      `Sasaran Kinerja Pegawai ${d.periode.tahun} versi ${d.versi}, ${status}. Periksa keaslian di menu Verifikasi Dokumen dengan kode ini atau kode QR.`,
      ...d.langkah.map(langkahText),
    ],
  };
  return {
    settings,
    title: `${title} ${d.periode.tahun} — ${d.pegawai.nama}`,
    subject: `SKP ${d.periode.tahun} versi ${d.versi}`,
    code,
    hash: identity.hash,
    at: d.tanggal,
    draft: d.status !== 'disetujui',
    footer: `SKP ${d.periode.tahun} versi ${d.versi} · ${d.pegawai.nama} · Kode verifikasi ${formatCode(code)}`,
    body: (flow, fonts) => {
      drawTitle(flow, fonts, d, title, subtitle);
      drawPeopleTable(flow, fonts, d);
      flow.gap(10);
      drawHasilKerja(flow, fonts, d);
      flow.gap(10);
      drawPerilaku(flow, fonts, d);
      signatures(flow, fonts, d, settings.tempat);
      flow.newPage();
      drawTitle(flow, fonts, d, `LAMPIRAN ${title}`, subtitle);
      drawLampiran(flow, fonts, d);
      const block = verificationBlock(fonts, flow.width, verification);
      signatures(flow, fonts, d, settings.tempat, block.height);
      flow.place(block);
    },
  };
}

/**
 * @example
 * const { bytes, code } = await renderSkpPdf(data, settings);
 */
export async function renderSkpPdf(d: SkpDocumentData, settings: PrintSettings): Promise<SkpPdf> {
  const spec = skpRenderSpec(d, settings);
  return { bytes: await renderPdf(spec), code: spec.code, hash: spec.hash };
}
