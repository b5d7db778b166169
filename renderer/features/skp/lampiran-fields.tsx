/** The three lampiran lists as textareas (one item per line); shared by the SKP and the template. */
import { SimpleGrid, Textarea } from '@mantine/core';
import type { Lampiran } from '../../../shared/domain/skp/types.js';
import { useT } from '../../i18n/i18n.js';
import { linesToList, listToLines } from './skp-format.js';

export type LampiranText = Record<keyof Lampiran, string>;
export const LAMPIRAN_KEYS = ['dukunganSumberDaya', 'skemaPertanggungjawaban', 'konsekuensi'] as const satisfies readonly (keyof Lampiran)[];

export function lampiranToText(l: Lampiran): LampiranText {
  return { dukunganSumberDaya: listToLines(l.dukunganSumberDaya), skemaPertanggungjawaban: listToLines(l.skemaPertanggungjawaban), konsekuensi: listToLines(l.konsekuensi) };
}

export function lampiranFromText(v: LampiranText): Lampiran {
  return { dukunganSumberDaya: linesToList(v.dukunganSumberDaya), skemaPertanggungjawaban: linesToList(v.skemaPertanggungjawaban), konsekuensi: linesToList(v.konsekuensi) };
}

type Props = { value: LampiranText; onChange: (v: LampiranText) => void; readOnly?: boolean };

export function LampiranFields({ value, onChange, readOnly }: Props) {
  const t = useT();
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }}>
      {LAMPIRAN_KEYS.map((k) => (
        <Textarea
          key={k}
          label={t.skp.lampiran[k]}
          description={readOnly ? undefined : t.skp.lampiran.hint}
          placeholder={readOnly ? t.skp.lampiran.empty : undefined}
          value={value[k]}
          onChange={(e) => onChange({ ...value, [k]: e.currentTarget.value })}
          readOnly={readOnly}
          autosize
          minRows={3}
        />
      ))}
    </SimpleGrid>
  );
}
