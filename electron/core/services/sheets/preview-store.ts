/**
 * Uploaded workbooks waiting for "Simpan": kept in memory (never on disk: they hold personal data),
 * owned by the user who uploaded them, for 30 minutes. The parsed rows are kept (v8-serialized by
 * the preview job, so the main thread never walks them), not the verdict, because the commit
 * validates again against the database as it is then.
 */
import { AppFailure } from '../../../../shared/result.js';
import type { Clock } from '../../clock.js';
import type { CoreContext } from '../../context.js';
import { newId } from '../../ids.js';

export const PREVIEW_TTL_MS = 30 * 60_000;
/** One desk rarely has more than one import going; each preview can hold 100,000 rows. */
export const MAX_PREVIEWS = 3;

export type StoredPreview = { id: string; ownerUserId: string; fileName: string; parsed: Uint8Array; createdAt: number };

export class PreviewStore {
  private readonly items = new Map<string, StoredPreview>();

  constructor(private readonly clock: Clock) {}

  private purge(): void {
    const now = this.clock().getTime();
    for (const [id, p] of this.items) if (now - p.createdAt > PREVIEW_TTL_MS) this.items.delete(id);
  }

  /** Stores a preview and returns its id; the oldest ones go when there are too many. */
  put(ownerUserId: string, fileName: string, parsed: Uint8Array): string {
    this.purge();
    const id = newId();
    this.items.set(id, { id, ownerUserId, fileName, parsed, createdAt: this.clock().getTime() });
    // Map iteration follows insertion order, so the first keys are the oldest.
    for (const old of this.items.keys()) {
      if (this.items.size <= MAX_PREVIEWS) break;
      this.items.delete(old);
    }
    return id;
  }

  /**
   * The caller's own live preview. Someone else's id answers exactly like an expired one, so ids
   * cannot be probed.
   */
  get(id: string, ownerUserId: string): StoredPreview {
    this.purge();
    const p = this.items.get(id);
    if (!p || p.ownerUserId !== ownerUserId) throw new AppFailure('PREVIEW_EXPIRED');
    return p;
  }

  delete(id: string): void {
    this.items.delete(id);
  }
}

const stores = new WeakMap<CoreContext, PreviewStore>();

/** The store of one core (tests run several cores in one process). */
export function previewStoreOf(core: CoreContext): PreviewStore {
  let store = stores.get(core);
  if (!store) {
    store = new PreviewStore(core.clock);
    stores.set(core, store);
  }
  return store;
}
