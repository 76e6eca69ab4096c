import LogoutIcon from '@mui/icons-material/Logout';
import MoreIcon from '@mui/icons-material/MoreVert';
import TranslateIcon from '@mui/icons-material/Translate';
import { Divider, IconButton, ListItemIcon, ListSubheader, Menu, MenuItem } from '@mui/material';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChooseLanguage } from '../i18n/language-switcher';
import { LANGUAGES, LANGUAGE_NAMES } from '../i18n/languages';
import { useSignOut } from '../session/sign-out-button';

/**
 * On a phone the top bar keeps the product's name and the bell whole: the language and sign-out move into this
 * one menu (each language in its own name, as on the wide bar's switcher).
 */
export function ShellMenu({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [language, chooseLanguage] = useChooseLanguage();
  const { signOut, loading } = useSignOut();
  const menuId = useId();
  return (
    <>
      <IconButton
        color="inherit"
        edge="end"
        aria-label={t(signedIn ? 'app.moreMenu' : 'app.moreMenuLanguage')}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <MoreIcon />
      </IconButton>
      <Menu id={menuId} anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {/* A visual heading only: a menu may hold only items, and each language names itself. */}
        <ListSubheader component="div" aria-hidden>
          <TranslateIcon fontSize="small" sx={{ verticalAlign: 'middle', mr: 1 }} aria-hidden />
          {t('app.language')}
        </ListSubheader>
        {LANGUAGES.map((option) => (
          <MenuItem
            key={option}
            lang={option}
            selected={option === language}
            onClick={() => {
              setAnchor(null);
              chooseLanguage(option);
            }}
          >
            {LANGUAGE_NAMES[option]}
          </MenuItem>
        ))}
        {signedIn && <Divider />}
        {signedIn && (
          <MenuItem
            disabled={loading}
            onClick={() => {
              setAnchor(null);
              void signOut();
            }}
          >
            <ListItemIcon>
              <LogoutIcon fontSize="small" />
            </ListItemIcon>
            {t('app.signOut')}
          </MenuItem>
        )}
      </Menu>
    </>
  );
}

export default ShellMenu;
