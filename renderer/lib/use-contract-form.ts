/**
 * A form validated by the contract's own zod schema, the one the core checks the payload with:
 * each message beside its field (in the shared error map's words), the core's refusal placed back
 * on the fields it names, and only what belongs to no field left for the alert under the form.
 *
 * @example
 * const cf = useContractForm({ schema: argSchemas['org/unitSave'], initialValues: { kode: '', nama: '' }, toArgs: (v) => ({ ...v, parentId }) });
 * <form onSubmit={cf.submit(async (args) => { const r = await invoke('org/unitSave', args); return r.ok ? null : r.error; })}>
 *   <TextInput {...cf.form.getInputProps('kode')} key={cf.form.key('kode')} />
 *   <ErrorAlert error={cf.error} />
 */
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useLayoutEffect, useRef, useState, type FocusEvent, type FormEvent } from 'react';
import type { z } from 'zod';
import type { AppError, FieldIssue } from '../../shared/result.js';
import { useLang, useT } from '../i18n/i18n.js';
import { formErrorsOf, hasPath, placeServerError, type PathMap } from './contract-form.js';

type Options<V extends Record<string, unknown>, S extends z.ZodType> = {
  /** The contract's schema for the call (or a `.pick()` of it when the form holds part of the payload). */
  schema: S;
  initialValues: V;
  /** The form's values as the call's payload (e.g. a typed number string → a number, NaN when it is none). */
  toArgs: (values: V) => unknown;
  /** Contract path → form path, when they differ. */
  fieldOf?: PathMap;
  /** Domain rules beyond the schema (shared/domain), as issues with contract paths. */
  extraIssues?: (values: V) => FieldIssue[];
  /** The field of a refusal that concerns one field but carries no issues (e.g. CONFLICT → nip). */
  wholeErrorField?: (error: AppError) => string | null;
  /** Check each field while typing (short forms such as a password change), not only on leaving it. */
  validateOnChange?: boolean;
};

export type ContractForm<V extends Record<string, unknown>, S extends z.ZodType> = {
  form: UseFormReturnType<V>;
  busy: boolean;
  /** The part of the last refusal that belongs to no field (null when none). */
  error: AppError | null;
  /** Form submit handler: validates, sends the parsed payload, places a refusal on the fields. */
  submit: (send: (args: z.output<S>, values: V) => Promise<AppError | null>) => (e?: FormEvent) => void;
};

export function useContractForm<V extends Record<string, unknown>, S extends z.ZodType>(opts: Options<V, S>): ContractForm<V, S> {
  const { lang } = useLang();
  const t = useT();
  // The form keeps its validate function from the first render; read the current props through a ref.
  // Updated after each render, before any event can call validate.
  const live = useRef({ opts, lang });
  useLayoutEffect(() => {
    live.current = { opts, lang };
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const form = useForm<V>({
    mode: 'controlled',
    initialValues: opts.initialValues,
    validateInputOnChange: opts.validateOnChange === true,
    // A field is checked when left, but only once something was typed into it, and not when it is
    // left for the submit button: a message appearing there would move the button away from under
    // the pointer between press and release, and the click would be lost. The submit checks all.
    enhanceGetInputProps: ({ field, form: f }) => ({
      onBlur: (e?: FocusEvent<HTMLElement>) => {
        const next = e?.relatedTarget;
        if (next instanceof HTMLButtonElement && next.type === 'submit') return;
        if (f.isDirty(field)) f.validateField(field);
      },
    }),
    validate: (values) => {
      const { opts: o, lang: l } = live.current;
      return formErrorsOf(o.schema, o.toArgs(values), l, o.fieldOf, o.extraIssues?.(values) ?? []);
    },
  });

  const submit = (send: (args: z.output<S>, values: V) => Promise<AppError | null>) => (e?: FormEvent) => {
    e?.preventDefault();
    const { opts: o } = live.current;
    const check = form.validate();
    const values = form.getValues();
    if (check.hasErrors) {
      // A problem with no field on screen must still be said, not just block the button.
      const unseen = Object.entries(check.errors).filter(([path]) => !hasPath(values, path));
      setError(unseen.length > 0 ? { code: 'VALIDATION', message: t.forms.checkFields, issues: unseen.map(([path, message]) => ({ path, message: String(message) })) } : null);
      return;
    }
    const parsed = o.schema.safeParse(o.toArgs(values));
    // validate() passed with the same schema, so this holds; it only narrows the type.
    if (!parsed.success) return;
    setBusy(true);
    setError(null);
    void send(parsed.data, values).then((refused) => {
      setBusy(false);
      if (!refused) return;
      const placed = placeServerError(refused, values, o.fieldOf, o.wholeErrorField);
      for (const [path, message] of Object.entries(placed.fields)) form.setFieldError(path, message);
      setError(placed.rest);
    });
  };

  return { form, busy, error, submit };
}
