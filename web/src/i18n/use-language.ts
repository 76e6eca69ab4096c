import { useTranslation } from 'react-i18next';
import { currentLanguage } from './i18n';
import type { Language } from './languages';

/** The interface language and a way to change it (the choice is remembered on this device). */
export function useLanguage(): [Language, (language: Language) => Promise<void>] {
  const { i18n } = useTranslation();
  const change = async (language: Language) => {
    await i18n.changeLanguage(language);
  };
  return [currentLanguage(i18n), change];
}
