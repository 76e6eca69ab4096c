import CalendarIcon from '@mui/icons-material/CalendarMonthOutlined';
import { IconButton, InputAdornment, TextField, type TextFieldProps } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTL_LOCALES, type Language } from '../i18n/languages';
import { useLanguage } from '../i18n/use-language';

type Part = 'day' | 'month' | 'year';

/** The order of day, month and year in a language (día/mes/año in Spanish, month/day/year in English). */
export function partOrder(language: Language): Part[] {
  return new Intl.DateTimeFormat(INTL_LOCALES[language], { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(Date.UTC(2026, 11, 31, 12)))
    .map((part) => part.type)
    .filter((type): type is Part => type === 'day' || type === 'month' || type === 'year');
}

/** A day (YYYY-MM-DD) as typed in the language's order, e.g. "31/12/2026" in Spanish. */
export function showDay(day: string, language: Language): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return '';
  const [year = '', month = '', date = ''] = day.split('-'); // three parts: the pattern above holds
  const value: Record<Part, string> = { year, month, day: date };
  return partOrder(language)
    .map((part) => value[part])
    .join('/');
}

/** What was typed, read in the language's order; null when it is no real day. Accepts / . - as separators. */
export function readDay(text: string, language: Language): string | null {
  const numbers = text.trim().split(/[/.\-\s]+/);
  if (numbers.length !== 3 || numbers.some((n) => !/^\d+$/.test(n))) return null;
  const value = Object.fromEntries(partOrder(language).map((part, index) => [part, Number(numbers[index])])) as Record<
    Part,
    number
  >;
  if (value.year < 1900 || value.year > 2200) return null;
  const date = new Date(Date.UTC(value.year, value.month - 1, value.day));
  if (date.getUTCMonth() !== value.month - 1 || date.getUTCDate() !== value.day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A day typed in the interface language's order (dd/mm/aaaa in a Spanish screen, whatever the browser's own
 * language), with the language's pattern as placeholder, or chosen from the browser's calendar (the button).
 * `value` and `onChange` speak YYYY-MM-DD, or '' for no day.
 */
export function DateField({
  value,
  onChange,
  label,
  ...props
}: { value: string; onChange: (day: string) => void; label: string } & Omit<
  TextFieldProps,
  'value' | 'onChange' | 'label'
>) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [text, setText] = useState(showDay(value, language));
  const picker = useRef<HTMLInputElement>(null);
  // Shown again when the value or the language changes from outside (cleared filters, another language).
  useEffect(() => setText(showDay(value, language)), [value, language]);
  const invalid = text.trim() !== '' && readDay(text, language) === null;
  const commit = (typed: string) => {
    if (typed.trim() === '') onChange('');
    else {
      const day = readDay(typed, language);
      if (day) onChange(day);
    }
  };
  return (
    <TextField
      {...props}
      label={label}
      value={text}
      placeholder={t('dates.pattern')}
      error={invalid || !!props.error}
      helperText={invalid ? t('dates.invalid', { pattern: t('dates.pattern') }) : props.helperText}
      onChange={(event) => {
        setText(event.target.value);
        commit(event.target.value);
      }}
      slotProps={{
        inputLabel: { shrink: true },
        htmlInput: { inputMode: 'numeric', autoComplete: 'off' },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <IconButton
                edge="end"
                size="small"
                aria-label={t('dates.openCalendar', { field: label })}
                onClick={() => picker.current?.showPicker?.()}
              >
                <CalendarIcon fontSize="small" />
              </IconButton>
              <input
                ref={picker}
                type="date"
                tabIndex={-1}
                aria-hidden
                value={value}
                onChange={(event) => onChange(event.target.value)}
                style={{ position: 'absolute', width: 1, height: 1, opacity: 0, pointerEvents: 'none', right: 0 }}
              />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
