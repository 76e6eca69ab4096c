import MyLocationIcon from '@mui/icons-material/MyLocationOutlined';
import { Alert, Button, Grid, MenuItem, Typography } from '@mui/material';
import { useState } from 'react';
import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { Section } from '../../forms/section';
import { LIMITS, type NewReferralForm, type NewReferralValues } from './new-referral.schema';
import { FormDateField } from '../../forms/form-date-field';

const CATEGORIES = [
  'SMUGGLING_INCIDENT',
  'SUSPECTED_TRAFFICKING',
  'ABANDONED_OR_MISSING_MIGRANTS',
  'DOCUMENT_FRAUD',
  'NETWORK_INTELLIGENCE',
  'REQUEST_FOR_INFORMATION',
  'OTHER',
] as const;
const URGENCIES = ['IMMEDIATE', 'URGENT', 'ROUTINE'] as const;
const HANDLING_CODES = ['H1', 'H2', 'H3'] as const;
const RELIABILITIES = ['A', 'B', 'C', 'X'] as const;
const ACCURACIES = ['1', '2', '3', '4'] as const;

type FormControl = Control<NewReferralForm, unknown, NewReferralValues>;

/** What happened: the urgent minimum (category, urgency, title, narrative) first, then when and where. */
export function CaseFields({
  control,
  crossingPoints,
  mechanismChosen,
  onLocated,
}: {
  control: FormControl;
  crossingPoints: readonly { id: string; name: string }[];
  mechanismChosen: boolean;
  /** The device's position, as the two fields' text (six decimals: about 10 cm, more than any phone knows). */
  onLocated: (latitude: string, longitude: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Section title={t('referrals.new.case')}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormSelectField required control={control} name="category" label={t('referrals.fields.category')}>
            {CATEGORIES.map((which) => (
              <MenuItem key={which} value={which}>
                {t(`referrals.category.${which}`)}
              </MenuItem>
            ))}
          </FormSelectField>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormSelectField required control={control} name="urgency" label={t('referrals.fields.urgency')}>
            {URGENCIES.map((which) => (
              <MenuItem key={which} value={which}>
                {t(`referrals.urgency.${which}`)}
              </MenuItem>
            ))}
          </FormSelectField>
        </Grid>
        <Grid size={12}>
          <FormTextField
            control={control}
            name="title"
            label={t('referrals.fields.title')}
            required
            slotProps={{ htmlInput: { maxLength: LIMITS.title } }}
          />
        </Grid>
        <Grid size={12}>
          <FormTextField
            control={control}
            name="narrative"
            label={t('referrals.fields.narrative')}
            required
            multiline
            minRows={5}
            slotProps={{ htmlInput: { maxLength: LIMITS.narrative } }}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <FormDateField control={control} name="incidentDate" label={t('referrals.fields.incidentDate')} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 4 }}>
          <FormSelectField
            control={control}
            name="crossingPointId"
            label={t('referrals.fields.crossingPoint')}
            disabled={!mechanismChosen || crossingPoints.length === 0}
            helperText={
              !mechanismChosen
                ? t('referrals.new.chooseMechanismFirst')
                : crossingPoints.length === 0
                  ? t('referrals.new.noCrossingPoints')
                  : undefined
            }
          >
            <MenuItem value="">
              <em>{t('referrals.new.noCrossingPoint')}</em>
            </MenuItem>
            {crossingPoints.map((point) => (
              <MenuItem key={point.id} value={point.id}>
                {point.name}
              </MenuItem>
            ))}
          </FormSelectField>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <FormTextField
            control={control}
            name="placeDescription"
            label={t('referrals.fields.placeDescription')}
            helperText={t('referrals.new.placeHelp')}
            slotProps={{ htmlInput: { maxLength: LIMITS.placeDescription } }}
          />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <FormTextField
            control={control}
            name="latitude"
            label={t('referrals.fields.latitude')}
            slotProps={{ htmlInput: { inputMode: 'decimal', maxLength: 12 } }}
          />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <FormTextField
            control={control}
            name="longitude"
            label={t('referrals.fields.longitude')}
            slotProps={{ htmlInput: { inputMode: 'decimal', maxLength: 12 } }}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <CurrentLocation onLocated={onLocated} />
        </Grid>
      </Grid>
    </Section>
  );
}

/** Handling code and the evaluation of the source: defaults that fit most cases, changed when needed. */
export function EvaluationFields({ control }: { control: FormControl }) {
  const { t } = useTranslation();
  return (
    <Section title={t('referrals.new.evaluation')}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormSelectField required control={control} name="handlingCode" label={t('referrals.fields.handlingCode')}>
            {HANDLING_CODES.map((which) => (
              <MenuItem key={which} value={which}>
                {t(`referrals.handlingCode.${which}`)}
              </MenuItem>
            ))}
          </FormSelectField>
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 4 }}>
          <FormSelectField
            required
            control={control}
            name="sourceReliability"
            label={t('referrals.fields.sourceReliability')}
          >
            {RELIABILITIES.map((which) => (
              <MenuItem key={which} value={which}>
                {t(`referrals.sourceReliability.${which}`)}
              </MenuItem>
            ))}
          </FormSelectField>
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 4 }}>
          <FormSelectField
            required
            control={control}
            name="informationAccuracy"
            label={t('referrals.fields.informationAccuracy')}
          >
            {ACCURACIES.map((which) => (
              <MenuItem key={which} value={which}>
                {t(`referrals.informationAccuracy.${which}`)}
              </MenuItem>
            ))}
          </FormSelectField>
        </Grid>
      </Grid>
    </Section>
  );
}

/**
 * "Use my current location": the device's position (GPS, no network map) asked for only when the officer
 * presses the button, with a clear message when the browser refuses or cannot tell. Nothing leaves the device
 * except in the referral itself.
 */
function CurrentLocation({ onLocated }: { onLocated: (latitude: string, longitude: string) => void }) {
  const { t } = useTranslation();
  const [locating, setLocating] = useState(false);
  const [problem, setProblem] = useState<string>();
  const locate = () => {
    setProblem(undefined);
    if (!('geolocation' in navigator)) {
      setProblem(t('referrals.new.locationUnsupported'));
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        onLocated(position.coords.latitude.toFixed(6), position.coords.longitude.toFixed(6));
      },
      (error) => {
        setLocating(false);
        setProblem(
          t(
            error.code === error.PERMISSION_DENIED
              ? 'referrals.new.locationDenied'
              : 'referrals.new.locationUnavailable',
          ),
        );
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  };
  return (
    <>
      <Button variant="outlined" startIcon={<MyLocationIcon />} onClick={locate} disabled={locating}>
        {locating ? t('referrals.new.locating') : t('referrals.new.useMyLocation')}
      </Button>
      <FormHelperTextNote>{t('referrals.new.coordinatesHelp')}</FormHelperTextNote>
      {problem && (
        <Alert severity="warning" role="alert" sx={{ mt: 1 }}>
          {problem}
        </Alert>
      )}
    </>
  );
}

function FormHelperTextNote({ children }: { children: string }) {
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
      {children}
    </Typography>
  );
}
