/**
 * A term with its explanation on hover or keyboard focus, marked by a dotted underline so people
 * learn that it explains itself. Definitions come from the glossary (one source for the law's
 * terms) or, for the app's own words ("Mandiri"), from the i18n files.
 *
 * @example
 * <TermHint term="TMT">TMT mulai</TermHint>
 * <TermHint hint={t.finish.syncHint.standalone}>Mandiri</TermHint>
 */
import { Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { GLOSSARY, type GlossaryTerm } from '../../shared/domain/glossary.js';
import { useLang } from '../i18n/i18n.js';

type Props = { children: ReactNode } & ({ term: GlossaryTerm; hint?: never } | { hint: string; term?: never });

/** The glossary's definition in the UI language (the English gloss for English). */
export function glossaryText(term: GlossaryTerm, lang: 'id' | 'en'): string {
  return GLOSSARY[term][lang];
}

export function TermHint({ children, term, hint }: Props) {
  const { lang } = useLang();
  const label = term ? glossaryText(term, lang) : hint;
  return (
    <Tooltip label={label} multiline maw={340} events={{ hover: true, focus: true, touch: true }}>
      <Text
        span
        inherit
        tabIndex={0}
        style={{ textDecoration: 'underline dotted', textUnderlineOffset: 3, cursor: 'help' }}
        data-term={term ?? undefined}
      >
        {children}
      </Text>
    </Tooltip>
  );
}
