/**
 * SKP rules DOMAIN.md leaves open or that vary between instansi, kept in one place so they can
 * change (or become instansi settings) without hunting through the code. Each says where the
 * uncertainty is.
 */
export const SKP_RULES = {
  /**
   * [unconfirmed] DOMAIN.md says a returned SKP goes "→ draft again" but not whether the pegawai may
   * re-submit it without editing. We allow `ajukan` straight from `dikembalikan` (the national app
   * shows the submit button again after a return); editing it first moves it to `draft`.
   */
  resubmitFromDikembalikan: true,
  /**
   * A return must explain itself: a whole-SKP note or at least one per-RHK note. (The regulation
   * speaks of "catatan"; requiring one is our choice so the pegawai always knows what to fix.)
   */
  returnNeedsNote: true,
  /**
   * One IKI per aspek is usual practice, not a rule of the regulation (DOMAIN.md: "warn, never
   * refuse"): two IKI of the same aspek in one RHK give a warning (rhkWarnings), never a problem.
   * Set false to drop the warning too.
   */
  warnAspekGanda: true,
  /**
   * Only UTAMA RHK must intervene an atasan RHK (DOMAIN.md); TAMBAHAN may, but need not.
   * Submission is refused while an UTAMA RHK still waits for its atasan RHK.
   */
  submitNeedsAllUtamaLinked: true,
  /**
   * Admin accounts act with operator powers on SKP (they already manage the whole unit's data).
   * [our choice] DOMAIN.md speaks only of "the operator".
   */
  adminActsAsOperator: true,
  /** Longest texts, shared by the contract's schemas and the domain checks. */
  maxTeks: 2000,
  maxCatatan: 2000,
  maxRhk: 100,
  maxIndikatorPerRhk: 8,
  maxLampiranItems: 50,
} as const;
