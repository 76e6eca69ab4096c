import { Stack, TextField, type TextFieldProps } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from './date-field';

/** An hour typed as H:MM or HH:MM (24-hour clock, "." also accepted), as HH:MM; null when it is no real hour. */
export function readTime(text: string): string | null {
  const match = /^(\d{1,2})[:.h](\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${match[2]}`;
}

function split(value: string): { day: string; time: string } {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  return { day: match?.[1] ?? '', time: match?.[2] ?? '' };
}

/**
 * A local day and hour (YYYY-MM-DDTHH:MM, '' while either is missing) typed in the interface language's order
 * with a 24-hour clock, instead of the browser's `datetime-local`, which follows the browser's own language
 * (mm/dd/yyyy, AM/PM in a Spanish screen).
 */
export function DateTimeField({
  value,
  onChange,
  label,
  required,
  error,
  helperText,
  sx,
}: { value: string; onChange: (local: string) => void; label: string } & Pick<
  TextFieldProps,
  'required' | 'error' | 'helperText' | 'sx'
>) {
  const { t } = useTranslation();
  const [day, setDay] = useState(split(value).day);
  const [time, setTime] = useState(split(value).time);
  // Shown again when the value changes from outside (a form reset); a half-typed pair is kept as it is.
  useEffect(() => {
    if (value === '') return;
    setDay(split(value).day);
    setTime(split(value).time);
  }, [value]);
  const timeInvalid = time.trim() !== '' && readTime(time) === null;
  const emit = (nextDay: string, nextTime: string) => {
    const hour = readTime(nextTime);
    onChange(nextDay && hour ? `${nextDay}T${hour}` : '');
  };
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', ...((sx as object) ?? {}) }}>
      <DateField
        label={label}
        value={day}
        required={required}
        error={error}
        helperText={helperText}
        sx={{ flex: 3, minWidth: 0 }}
        onChange={(next) => {
          setDay(next);
          emit(next, time);
        }}
      />
      <TextField
        label={t('dates.timeShort')}
        value={time}
        required={required}
        placeholder={t('dates.timePattern')}
        error={timeInvalid || !!error}
        helperText={timeInvalid ? t('dates.invalidTime', { pattern: t('dates.timePattern') }) : undefined}
        sx={{ flex: 2, minWidth: 0 }}
        onChange={(event) => {
          setTime(event.target.value);
          emit(day, event.target.value);
        }}
        slotProps={{
          inputLabel: { shrink: true },
          htmlInput: {
            inputMode: 'numeric',
            autoComplete: 'off',
            maxLength: 5,
            // Two hours in one dialog (start, end) must be told apart by ear.
            'aria-label': t('dates.time', { field: label }),
          },
        }}
      />
    </Stack>
  );
}
