import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Grid, LinearProgress, MenuItem, Stack, Typography } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { showNotice } from '../../api/notices';
import {
  CreateReferralDraftDocument,
  NewReferralOptionsDocument,
  SendNewReferralDocument,
  UpdateReferralDraftDocument,
} from './new-referral.generated';
import { useLanguage } from '../../i18n/use-language';
import { localName, newIdempotencyKey, translateReferralError } from '../referral-inbox/referral-common';
import { translateApiError } from '../../api/translate-api-error';
import { FormSelectField } from '../../forms/form-fields';
import { Section } from '../../forms/section';
import { CaseFields, EvaluationFields } from './case-fields';
import { PersonsFields } from './persons-fields';
import { newReferralSchema, type NewReferralForm, type NewReferralValues } from './new-referral.schema';
import {
  forgetSentDraft,
  forgetStored,
  readStored,
  toInput,
  writeStored,
  type StoredForm,
} from './referral-draft-storage';

const context: EnlaceOperationContext = { handlesErrors: true };

export interface ReferralFormProps {
  userId: string;
  agencyId: string;
  /** Where this device keeps the typing (see referral-draft-storage.ts). */
  storageKey: string;
  /** What the form starts from when this device kept nothing: an empty form, or the server's draft. */
  start: Omit<StoredForm, 'createKey'>;
  title: string;
  intro: string;
}

/**
 * The referral form, for a new referral and for a draft saved on the server: every change is kept on this
 * device (a reload or a dropped line loses nothing); "save draft" writes it to the server, "save and send"
 * also sends it.
 */
export function ReferralForm({ userId, agencyId, storageKey, start, title, intro }: ReferralFormProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const navigate = useNavigate();
  const [stored, setStored] = useState(() => readStored(storageKey, start));
  const [serverError, setServerError] = useState<string>();
  const options = useQuery(NewReferralOptionsDocument, { context });
  const [createDraft] = useMutation(CreateReferralDraftDocument, { context });
  const [updateDraft] = useMutation(UpdateReferralDraftDocument, { context });
  const [sendReferral] = useMutation(SendNewReferralDocument, { context });

  const form = useForm<NewReferralForm, unknown, NewReferralValues>({
    resolver: zodResolver(newReferralSchema),
    defaultValues: stored.values,
  });
  const { control, handleSubmit, watch, setValue, reset, formState } = form;

  // Every change goes to this device's storage, so a reload or a dropped connection loses nothing.
  useEffect(() => {
    const subscription = watch((values) => {
      setStored((current) => {
        const next = { ...current, values: values as NewReferralForm };
        writeStored(storageKey, next);
        return next;
      });
    });
    return () => subscription.unsubscribe();
  }, [watch, storageKey]);

  const mechanisms = useMemo(
    () => (options.data?.mechanisms ?? []).filter((mechanism) => mechanism.active),
    [options.data],
  );
  const mechanismId = watch('mechanismId');
  const mechanism = mechanisms.find((candidate) => candidate.id === mechanismId);
  const ownCountry = mechanism?.memberAgencies.find((agency) => agency.id === agencyId)?.country.id;
  const receivers = (mechanism?.memberAgencies ?? []).filter(
    (agency) => agency.active && agency.id !== agencyId && agency.country.id !== ownCountry,
  );
  const receivingAgencyId = watch('receivingAgencyId');
  useEffect(() => {
    if (mechanism && receivingAgencyId && !receivers.some((agency) => agency.id === receivingAgencyId)) {
      setValue('receivingAgencyId', '');
    }
  }, [mechanism, receivers, receivingAgencyId, setValue]);
  // A crossing point belongs to one mechanism: another mechanism's is dropped.
  const crossingPointId = watch('crossingPointId');
  useEffect(() => {
    if (mechanism && crossingPointId && !mechanism.crossingPoints.some((point) => point.id === crossingPointId)) {
      setValue('crossingPointId', '');
    }
  }, [mechanism, crossingPointId, setValue]);
  const countries = useMemo(() => (mechanism?.countries ?? []).map((country) => country.id), [mechanism]);

  // The server's per-field messages (paths like input.persons.0.nationality) go next to their fields.
  const showServerError = (error: unknown) => {
    const { fields } = translateApiError(error, t);
    for (const [path, message] of Object.entries(fields)) {
      const name = path.replace(/^input\./, '');
      if (name in form.getValues() || name.startsWith('persons.'))
        form.setError(name as keyof NewReferralForm, { type: 'server', message });
    }
    setServerError(translateReferralError(error, t));
  };

  const save = async (values: NewReferralValues): Promise<string> => {
    const input = toInput(values);
    if (stored.draftId) {
      await updateDraft({ variables: { id: stored.draftId, input } });
      return stored.draftId;
    }
    const result = await createDraft({ variables: { input, idempotencyKey: stored.createKey } });
    const draftId = result.data!.createReferralDraft.id;
    const next = { ...stored, draftId };
    setStored(next);
    writeStored(storageKey, next);
    return draftId;
  };
  const onSaveDraft = handleSubmit(async (values) => {
    setServerError(undefined);
    try {
      await save(values);
      // An opened server draft now holds what was typed: the next visit starts from the server again.
      if (start.draftId) forgetStored(storageKey);
      showNotice(t('referrals.new.draftSaved'), 'success');
    } catch (error) {
      showServerError(error);
    }
  });
  const onSend = handleSubmit(async (values) => {
    setServerError(undefined);
    try {
      const id = await save(values);
      const sent = await sendReferral({ variables: { id, idempotencyKey: `send-${id}` } });
      forgetStored(storageKey);
      forgetSentDraft(userId, id);
      showNotice(t('referrals.new.sent', { reference: sent.data?.sendReferral.reference ?? '' }), 'success');
      await navigate(`/referrals/${id}`);
    } catch (error) {
      showServerError(error);
    }
  });
  const discard = () => {
    forgetStored(storageKey);
    setStored({ ...start, createKey: newIdempotencyKey() });
    reset(start.values);
    setServerError(undefined);
  };

  return (
    <Stack spacing={2.5} sx={{ maxWidth: 960 }}>
      <Box>
        <Typography variant="h1" gutterBottom>
          {title}
        </Typography>
        <Typography color="text.secondary">{intro}</Typography>
      </Box>
      {options.loading && <LinearProgress aria-label={t('referrals.new.loading')} />}
      {options.error && (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => void options.refetch()}>
              {t('referrals.retry')}
            </Button>
          }
        >
          {translateReferralError(options.error, t)}
        </Alert>
      )}
      {options.data && mechanisms.length === 0 && <Alert severity="warning">{t('referrals.new.noMechanisms')}</Alert>}
      {stored.draftId && !start.draftId && <Alert severity="info">{t('referrals.new.draftExists')}</Alert>}

      {/* Drawn once the choices are here: a select must not hold a restored value it has no option for. */}
      {options.data && (
        <Box component="form" noValidate onSubmit={onSend} aria-label={title}>
          <Stack spacing={2.5}>
            <Section title={t('referrals.new.parties')}>
              <Grid container spacing={2}>
                <Grid size={{ xs: 12, md: 6 }}>
                  <FormSelectField
                    required
                    control={control}
                    name="mechanismId"
                    label={t('referrals.fields.mechanism')}
                  >
                    {mechanisms.map((candidate) => (
                      <MenuItem key={candidate.id} value={candidate.id}>
                        {localName(candidate.names, language)}
                      </MenuItem>
                    ))}
                  </FormSelectField>
                </Grid>
                <Grid size={{ xs: 12, md: 6 }}>
                  <FormSelectField
                    required
                    control={control}
                    name="receivingAgencyId"
                    label={t('referrals.fields.receivingAgency')}
                    disabled={!mechanism}
                    helperText={
                      !mechanism
                        ? t('referrals.new.chooseMechanismFirst')
                        : receivers.length === 0
                          ? t('referrals.new.noReceivers')
                          : undefined
                    }
                  >
                    {receivers.map((agency) => (
                      <MenuItem key={agency.id} value={agency.id}>
                        {`${agency.acronym} · ${agency.name} (${localName(agency.country.names, language)})`}
                      </MenuItem>
                    ))}
                  </FormSelectField>
                </Grid>
              </Grid>
            </Section>

            <CaseFields
              control={control}
              crossingPoints={mechanism?.crossingPoints ?? []}
              mechanismChosen={!!mechanism}
              onLocated={(latitude, longitude) => {
                setValue('latitude', latitude, { shouldValidate: true, shouldDirty: true });
                setValue('longitude', longitude, { shouldValidate: true, shouldDirty: true });
              }}
            />
            <EvaluationFields control={control} />

            <PersonsFields control={control} countries={countries} />

            {serverError && (
              <Alert severity="error" role="alert">
                {serverError}
              </Alert>
            )}
            <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
              <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
                {formState.isSubmitting ? t('referrals.new.saving') : t('referrals.new.saveAndSend')}
              </Button>
              <Button variant="outlined" disabled={formState.isSubmitting} onClick={() => void onSaveDraft()}>
                {t('referrals.new.saveDraft')}
              </Button>
              <Button color="inherit" disabled={formState.isSubmitting} onClick={discard}>
                {t(start.draftId ? 'referrals.edit.discardLocal' : 'referrals.new.discard')}
              </Button>
            </Stack>
          </Stack>
        </Box>
      )}
    </Stack>
  );
}
