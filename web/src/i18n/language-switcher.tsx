import TranslateIcon from '@mui/icons-material/Translate';
import { Button, IconButton } from '@mui/material';
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiSource } from '../api/api-source';
import { SaveMyLanguageDocument } from './save-my-language.generated';
import { useSession } from '../session/session';
import { LANGUAGE_NAMES, type Language } from './languages';
import { useLanguage } from './use-language';

// Menus and popovers are not needed to draw the first screen; keeping them out of the first download helps the
// 250 kB budget. The chunk is fetched as soon as the pointer or focus reaches the button.
const loadLanguageMenu = () => import('./language-menu');
const LanguageMenu = lazy(loadLanguageMenu);

/** The current language and a way to choose another: on this device, and in a signed-in user's profile. */
export function useChooseLanguage(): [Language, (language: Language) => void] {
  const [language, setLanguage] = useLanguage();
  const { user } = useSession();
  const api = useApiSource();
  const choose = (next: Language) => {
    void setLanguage(next);
    // A failure shows the shell's notice (Apollo's error link); this device keeps the chosen language anyway.
    if (user && user.locale !== next)
      void api
        .load()
        .then((client) => client.mutate({ mutation: SaveMyLanguageDocument, variables: { locale: next } }))
        .catch(() => undefined);
  };
  return [language, choose];
}

/**
 * A labelled menu of languages, each in its own name: flags name countries, and Spanish is spoken on both sides
 * of most borders. A signed-in user's choice is also saved to their profile, so their next sign-in, on any
 * device, opens in it.
 */
export function LanguageSwitcher({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const [language, chooseLanguage] = useChooseLanguage();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const choose = (next: Language) => {
    setAnchor(null);
    chooseLanguage(next);
  };
  const button = {
    color: 'inherit',
    'aria-label': `${t('app.language')}: ${LANGUAGE_NAMES[language]}`,
    'aria-haspopup': 'menu',
    'aria-controls': anchor ? menuId : undefined,
    'aria-expanded': anchor ? 'true' : undefined,
    onPointerEnter: () => void loadLanguageMenu(),
    onFocus: () => void loadLanguageMenu(),
    onClick: (event: { currentTarget: HTMLElement }) => setAnchor(event.currentTarget),
  } as const;
  return (
    <>
      {/* On a phone the icon alone: the top bar keeps room for the product's name. */}
      {compact ? (
        <IconButton {...button}>
          <TranslateIcon />
        </IconButton>
      ) : (
        <Button {...button} startIcon={<TranslateIcon />} sx={{ textTransform: 'none' }}>
          {LANGUAGE_NAMES[language]}
        </Button>
      )}
      {anchor && (
        <Suspense>
          <LanguageMenu
            id={menuId}
            anchor={anchor}
            current={language}
            onChoose={choose}
            onClose={() => setAnchor(null)}
          />
        </Suspense>
      )}
    </>
  );
}
