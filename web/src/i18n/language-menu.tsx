import { Menu, MenuItem } from '@mui/material';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from './languages';

interface LanguageMenuProps {
  id: string;
  anchor: HTMLElement;
  current: Language;
  onChoose: (language: Language) => void;
  onClose: () => void;
}

/** The open list of languages; its own chunk, loaded the first time someone reaches for the switcher. */
export function LanguageMenu({ id, anchor, current, onChoose, onClose }: LanguageMenuProps) {
  return (
    <Menu id={id} anchorEl={anchor} open onClose={onClose}>
      {LANGUAGES.map((option) => (
        <MenuItem key={option} lang={option} selected={option === current} onClick={() => onChoose(option)}>
          {LANGUAGE_NAMES[option]}
        </MenuItem>
      ))}
    </Menu>
  );
}

export default LanguageMenu;
