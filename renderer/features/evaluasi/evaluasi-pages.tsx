/** The evaluation pages of the shell (issue 10); a page may come with an opening filter from Beranda. */
import type { PageTarget } from '../shell/nav.js';
import { EvaluasiPage } from './evaluasi-page.js';
import { KurvaPage } from './kurva-page.js';
import { OverridePage } from './override-page.js';
import { PengaturanPage } from './pengaturan-page.js';
import { ProgresPage } from './progres-page.js';
import { RealisasiPage } from './realisasi-page.js';

const EVALUASI_PAGES = ['realisasiSaya', 'evaluasi', 'kurva', 'progresUnit', 'pengaturanKinerja', 'penilaiOverride'] as const;
export type EvaluasiPageId = (typeof EVALUASI_PAGES)[number];
export type EvaluasiTarget = Extract<PageTarget, { page: EvaluasiPageId }>;

export function isEvaluasiPage(target: PageTarget): target is EvaluasiTarget {
  return (EVALUASI_PAGES as readonly string[]).includes(target.page);
}

export function EvaluasiPageBody({ target }: { target: EvaluasiTarget }) {
  switch (target.page) {
    case 'realisasiSaya':
      return <RealisasiPage filter={target.filter} />;
    case 'evaluasi':
      return <EvaluasiPage filter={target.filter} />;
    case 'kurva':
      return <KurvaPage />;
    case 'progresUnit':
      return <ProgresPage />;
    case 'pengaturanKinerja':
      return <PengaturanPage />;
    case 'penilaiOverride':
      return <OverridePage filter={target.filter} />;
  }
}
