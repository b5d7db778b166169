/**
 * Field schemas that several channel groups of the contract share (ids, texts, dates, years), so
 * each group file can stand alone without importing the contract that joins them.
 */
import { z } from 'zod';

export const id = z.uuid();
export const text = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max);
export const isoDate = z.iso.date();
export const empty = z.strictObject({});
export const tahun = z.int().min(2000).max(2100);
