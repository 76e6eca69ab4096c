import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Box,
  Button,
  Chip,
  FormControlLabel,
  FormLabel,
  LinearProgress,
  MenuItem,
  Paper,
  Radio,
  RadioGroup,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Controller, useForm, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { showNotice } from '../../api/notices';
import { formatDateTime } from '../../dates/format-date-time';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { Section } from '../../forms/section';
import type { ScreeningFormQuery, ScreeningLevel } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { translateProtectionError } from '../protection-common/protection-terms';
import {
  RecordScreeningDocument,
  ScreeningFormDocument,
  SurvivorScreeningsDocument,
} from '../protection-common/service-referrals.operations';
import { ANSWERS, CONCLUSIONS } from '../protection-common/service-terms';
import { emptyScreening, screeningSchema, toScreeningInput, type ScreeningForm } from './screening.schema';

const context: EnlaceOperationContext = { handlesErrors: true };
const levelColor = { HIGH: 'error', MEDIUM: 'default', LOW: 'default' } as const;
type Indicators = ScreeningFormQuery['screeningForm']['indicators'];

/**
 * Trafficking-indicator screening: the assigned case worker (or supervisor) records one, indicator by indicator
 * (yes, no, unknown), with a conclusion; the server weighs it (HIGH, MEDIUM, LOW). Screenings are sealed in the
 * record like the rest of the personal data, so earlier ones are shown only on demand.
 */
export function ScreeningSection({ survivorId, mayScreen }: { survivorId: string; mayScreen: boolean }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  const [screening, setScreening] = useState(false);
  const [result, setResult] = useState<{ level: ScreeningLevel; conclusion: string }>();
  const [load, history] = useLazyQuery(SurvivorScreeningsDocument, { fetchPolicy: 'no-cache' });
  const screenings = history.data?.survivor.screenings ?? [];
  return (
    <Section title={t('protection.screening.title')}>
      <Stack spacing={2}>
        <Typography color="text.secondary">{t('protection.screening.intro')}</Typography>
        {result && (
          <Alert severity={result.level === 'HIGH' ? 'error' : result.level === 'MEDIUM' ? 'warning' : 'info'}>
            {t('protection.screening.result', {
              level: t(`protection.screening.level.${result.level}`),
              conclusion: t(`protection.screening.conclusion.${result.conclusion}`),
            })}
          </Alert>
        )}
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {mayScreen && !screening && (
            <Button variant="outlined" onClick={() => setScreening(true)}>
              {t('protection.screening.start')}
            </Button>
          )}
          {mayScreen && !history.called && (
            <Button onClick={() => void load({ variables: { id: survivorId }, context })}>
              {t('protection.screening.showPast')}
            </Button>
          )}
        </Stack>
        {history.loading && <LinearProgress aria-label={t('app.loading')} />}
        {history.called && !history.loading && screenings.length === 0 && (
          <Typography>{t('protection.screening.none')}</Typography>
        )}
        {screenings.map((past) => (
          <Paper key={past.screenedAt} variant="outlined" sx={{ p: 1.5 }}>
            <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
              <Chip size="small" color={levelColor[past.level]} label={t(`protection.screening.level.${past.level}`)} />
              <Typography sx={{ fontWeight: 600 }}>
                {t(`protection.screening.conclusion.${past.conclusion}`)}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {formatDateTime(past.screenedAt, language, timeZone)}
                {past.place && ` · ${past.place}`}
              </Typography>
            </Stack>
            <Typography variant="body2" sx={{ mt: 0.5 }}>
              {past.conclusionNotes}
            </Typography>
          </Paper>
        ))}
        {screening && (
          <ScreeningFormView
            survivorId={survivorId}
            onDone={(recorded) => {
              setScreening(false);
              if (recorded) {
                setResult(recorded);
                if (history.called) void history.refetch();
              }
            }}
          />
        )}
      </Stack>
    </Section>
  );
}

function ScreeningFormView({
  survivorId,
  onDone,
}: {
  survivorId: string;
  onDone: (result?: { level: ScreeningLevel; conclusion: string }) => void;
}) {
  const { t } = useTranslation();
  const { data } = useQuery(ScreeningFormDocument, { context });
  const indicators = data?.screeningForm.indicators;
  if (!indicators) return <LinearProgress aria-label={t('app.loading')} />;
  return <ScreeningFields survivorId={survivorId} indicators={indicators} onDone={onDone} />;
}

function ScreeningFields({
  survivorId,
  indicators,
  onDone,
}: {
  survivorId: string;
  indicators: Indicators;
  onDone: (result?: { level: ScreeningLevel; conclusion: string }) => void;
}) {
  const { t } = useTranslation();
  const [record, { loading }] = useMutation(RecordScreeningDocument, { context, fetchPolicy: 'no-cache' });
  const [problem, setProblem] = useState<string>();
  const { control, handleSubmit } = useForm<ScreeningForm>({
    resolver: zodResolver(screeningSchema),
    defaultValues: emptyScreening(indicators.map((item) => item.indicator)),
  });
  const categories = [...new Set(indicators.map((item) => item.category))];
  const submit = handleSubmit(async (values) => {
    setProblem(undefined);
    try {
      const answer = await record({ variables: { survivorId, input: toScreeningInput(values) } });
      const latest = answer.data?.recordScreening.screenings?.at(-1);
      showNotice(t('protection.screening.recorded'), 'success');
      onDone(latest ? { level: latest.level, conclusion: latest.conclusion } : undefined);
    } catch (failure) {
      const message = translateProtectionError(failure, t);
      setProblem(Object.values(message.fields)[0] ?? message.message);
    }
  });
  return (
    <Box component="form" noValidate onSubmit={(event) => void submit(event)}>
      <Stack spacing={2.5}>
        {problem && <Alert severity="error">{problem}</Alert>}
        {categories.map((category) => (
          <Box component="fieldset" key={category} sx={{ border: 0, p: 0, m: 0 }}>
            <Typography component="legend" variant="h3" sx={{ fontSize: '1.05rem', fontWeight: 600, mb: 1 }}>
              {t(`protection.screening.category.${category}`)}
            </Typography>
            <Stack spacing={1}>
              {indicators.map((item, index) =>
                item.category === category ? (
                  <IndicatorQuestion key={item.indicator} control={control} index={index} indicator={item.indicator} />
                ) : null,
              )}
            </Stack>
          </Box>
        ))}
        <FormTextField control={control} name="place" label={t('protection.screening.place')} />
        <FormSelectField control={control} name="conclusion" label={t('protection.screening.conclusionLabel')} required>
          {CONCLUSIONS.map((value) => (
            <MenuItem key={value} value={value}>
              {t(`protection.screening.conclusion.${value}`)}
            </MenuItem>
          ))}
        </FormSelectField>
        <FormTextField
          control={control}
          name="conclusionNotes"
          label={t('protection.screening.reasons')}
          required
          multiline
          minRows={3}
        />
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" disabled={loading}>
            {t('protection.screening.save')}
          </Button>
          <Button onClick={() => onDone()}>{t('protection.cancel')}</Button>
        </Stack>
      </Stack>
    </Box>
  );
}

export function IndicatorQuestion({
  control,
  index,
  indicator,
}: {
  control: Control<ScreeningForm>;
  index: number;
  indicator: string;
}) {
  const { t } = useTranslation();
  const labelId = `indicator-${indicator}`;
  return (
    <Stack
      direction={{ xs: 'column', md: 'row' }}
      spacing={{ xs: 0, md: 2 }}
      sx={{ alignItems: { md: 'center' }, borderBottom: 1, borderColor: 'divider', pb: 0.5 }}
    >
      <FormLabel id={labelId} sx={{ flexGrow: 1, color: 'text.primary' }}>
        {t(`protection.screening.indicator.${indicator}`)}
      </FormLabel>
      <Controller
        control={control}
        name={`answers.${index}.answer`}
        render={({ field }) => (
          <RadioGroup row aria-labelledby={labelId} value={field.value} onChange={field.onChange} name={field.name}>
            {ANSWERS.map((answer) => (
              <FormControlLabel
                key={answer}
                value={answer}
                control={<Radio size="small" />}
                label={t(`protection.screening.answer.${answer}`)}
              />
            ))}
          </RadioGroup>
        )}
      />
    </Stack>
  );
}
