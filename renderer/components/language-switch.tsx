import { SegmentedControl } from '@mantine/core';
import { useLang, useT, type Lang } from '../i18n/i18n.js';

const LANGS: { value: Lang; label: string }[] = [
  { value: 'id', label: 'ID' },
  { value: 'en', label: 'EN' },
];

export function LanguageSwitch() {
  const t = useT();
  const { lang, setLang } = useLang();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t.app.language}
      data={LANGS}
      value={lang}
      onChange={(v) => setLang(v === 'en' ? 'en' : 'id')}
    />
  );
}
