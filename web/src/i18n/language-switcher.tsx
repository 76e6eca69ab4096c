import TranslateIcon from '@mui/icons-material/Translate';
import { InputAdornment, MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage } from './languages';
import { useLanguage } from './use-language';

/** A labelled select (not a bare flag icon): flags name countries, and Spanish is spoken on both sides. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  return (
    <TextField
      select
      size="small"
      margin="none"
      fullWidth={false}
      label={t('app.language')}
      value={language}
      onChange={(event) => {
        if (isLanguage(event.target.value)) void setLanguage(event.target.value);
      }}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <TranslateIcon fontSize="small" />
            </InputAdornment>
          ),
        },
        htmlInput: { 'data-testid': 'language-switcher' },
      }}
      sx={{ minWidth: 150 }}
    >
      {LANGUAGES.map((option) => (
        <MenuItem key={option} value={option} lang={option}>
          {LANGUAGE_NAMES[option]}
        </MenuItem>
      ))}
    </TextField>
  );
}
