import { Checkbox, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel } from '@mui/material';

/** A labelled group of checkboxes (a fieldset with its legend): the values chosen among the options. */
export function ChoiceList<T extends string>({
  legend,
  options,
  chosen,
  onChange,
  labelOf,
  error,
}: {
  legend: string;
  options: readonly T[];
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
  labelOf: (value: T) => string;
  error?: string;
}) {
  return (
    <FormControl component="fieldset" error={!!error}>
      <FormLabel component="legend">{legend}</FormLabel>
      <FormGroup row>
        {options.map((value) => (
          <FormControlLabel
            key={value}
            label={labelOf(value)}
            sx={{ minWidth: 240 }}
            control={
              <Checkbox
                checked={chosen.includes(value)}
                onChange={(event) =>
                  onChange(event.target.checked ? [...chosen, value] : chosen.filter((item) => item !== value))
                }
              />
            }
          />
        ))}
      </FormGroup>
      {error && <FormHelperText>{error}</FormHelperText>}
    </FormControl>
  );
}
