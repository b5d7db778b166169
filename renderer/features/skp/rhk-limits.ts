/**
 * The RHK form's schema and length limits, read from the contract's `rhk/save` (one source of
 * limits: the form never writes a number of its own).
 */
import { skpArgSchemas } from '../../../shared/contract.js';
import { maxLengthOf } from '../../lib/contract-form.js';

const rhkSave = skpArgSchemas['rhk/save'];

/** The part of `rhk/save` the RHK form holds (an SKP, a template and "apply to many" share it). */
export const rhkFormSchema = rhkSave.pick({ jenis: true, teks: true, intervensiPerjanjianKinerja: true, perspektif: true, indikator: true });

const indikator = rhkSave.shape.indikator.element.shape;
const [kuantitatif, kualitatif] = indikator.target.options;

export const RHK_LIMITS = {
  teks: maxLengthOf(rhkSave.shape.teks),
  pk: maxLengthOf(rhkSave.shape.intervensiPerjanjianKinerja),
  perspektif: maxLengthOf(rhkSave.shape.perspektif),
  indikatorTeks: maxLengthOf(indikator.teks),
  satuan: maxLengthOf(kuantitatif.shape.satuan),
  targetTeks: maxLengthOf(kualitatif.shape.teks),
};
