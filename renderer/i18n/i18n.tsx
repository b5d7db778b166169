/**
 * The language switch: Indonesian by default, English on request, remembered in localStorage.
 *
 * @example
 * const t = useT();
 * return <Button>{t.app.save}</Button>;
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { en } from './en.js';
import { id, type Dictionary } from './id.js';

export type Lang = 'id' | 'en';

const STORAGE_KEY = 'meja.lang';
const DICTIONARIES: Record<Lang, Dictionary> = { id, en };

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

type I18nValue = { lang: Lang; setLang: (lang: Lang) => void; t: Dictionary };

const I18nContext = createContext<I18nValue>({ lang: 'id', setLang: () => undefined, t: id });

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode or a full disk: the choice just lasts for this session.
    }
    document.documentElement.lang = next;
  }, []);
  const value = useMemo(() => ({ lang, setLang, t: DICTIONARIES[lang] }), [lang, setLang]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

/** The strings of the current language. */
export function useT(): Dictionary {
  return useContext(I18nContext).t;
}

/** The current language and its setter (for the switch). */
export function useLang(): { lang: Lang; setLang: (lang: Lang) => void } {
  const { lang, setLang } = useContext(I18nContext);
  return { lang, setLang };
}
