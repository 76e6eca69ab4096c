import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Grid,
  IconButton,
  LinearProgress,
  MenuItem,
  Stack,
  TextField,
  Typography,
  type TextFieldProps,
} from '@mui/material';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Controller, useFieldArray, useForm, type Control, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { showNotice } from '../../api/notices';
import {
  CreateReferralDraftDocument,
  NewReferralOptionsDocument,
  SendNewReferralDocument,
  UpdateReferralDraftDocument,
  type ReferralDraftInput,
} from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { localName, newIdempotencyKey, translateReferralError } from '../referral-inbox/referral-common';
import {
  emptyForm,
  emptyPerson,
  newReferralSchema,
  type NewReferralForm,
  type NewReferralValues,
} from './new-referral.schema';

const context: EnlaceOperationContext = { handlesErrors: true };

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
const ROLES = ['SUSPECTED_SMUGGLER', 'SMUGGLED_MIGRANT', 'POSSIBLE_VICTIM', 'WITNESS'] as const;

/**
 * What is kept on this device while the referral is being written: the form, the draft it was saved as, and the
 * idempotency key of its creation (a retry after a dropped answer must not create a second draft). Never in the
 * address: the form holds personal data.
 */
interface StoredForm {
  values: NewReferralForm;
  draftId?: string;
  createKey: string;
}
const storageKey = (userId: string) => `enlace.newReferral.${userId}`;

function readStored(userId: string): StoredForm {
  try {
    const raw = localStorage.getItem(storageKey(userId));
    if (raw) {
      const stored = JSON.parse(raw) as StoredForm;
      return { ...stored, values: { ...emptyForm, ...stored.values } };
    }
  } catch {
    // A damaged entry is dropped: the officer starts again rather than being stuck.
  }
  return { values: emptyForm, createKey: newIdempotencyKey() };
}
function writeStored(userId: string, stored: StoredForm) {
  try {
    localStorage.setItem(storageKey(userId), JSON.stringify(stored));
  } catch {
    // Storage full or disabled: the form still works, it just does not survive a reload.
  }
}

function toInput(values: NewReferralValues): ReferralDraftInput {
  const text = (value: string) => (value === '' ? null : value);
  return {
    mechanismId: values.mechanismId,
    receivingAgencyId: values.receivingAgencyId,
    category: values.category,
    urgency: values.urgency,
    title: values.title,
    narrative: values.narrative,
    incidentDate: text(values.incidentDate),
    handlingCode: values.handlingCode,
    sourceReliability: values.sourceReliability,
    informationAccuracy: Number(values.informationAccuracy),
    persons: values.persons.map((person) => ({
      role: person.role,
      givenNames: text(person.givenNames),
      familyNames: text(person.familyNames),
      nationality: text(person.nationality),
      estimatedAge: person.estimatedAge === '' ? null : Number(person.estimatedAge),
    })),
  };
}

export function NewReferralScreen() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user) return <Alert severity="info">{t('referrals.new.notSignedIn')}</Alert>;
  return <NewReferral userId={user.id} agencyId={user.agency.id} />;
}

function NewReferral({ userId, agencyId }: { userId: string; agencyId: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const navigate = useNavigate();
  const [stored, setStored] = useState(() => readStored(userId));
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
  const persons = useFieldArray({ control, name: 'persons' });

  // Every change goes to this device's storage, so a reload or a dropped connection loses nothing.
  useEffect(() => {
    const subscription = watch((values) => {
      setStored((current) => {
        const next = { ...current, values: values as NewReferralForm };
        writeStored(userId, next);
        return next;
      });
    });
    return () => subscription.unsubscribe();
  }, [watch, userId]);

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
    writeStored(userId, next);
    return draftId;
  };
  const onSaveDraft = handleSubmit(async (values) => {
    setServerError(undefined);
    try {
      await save(values);
      showNotice(t('referrals.new.draftSaved'), 'success');
    } catch (error) {
      setServerError(translateReferralError(error, t));
    }
  });
  const onSend = handleSubmit(async (values) => {
    setServerError(undefined);
    try {
      const id = await save(values);
      const sent = await sendReferral({ variables: { id, idempotencyKey: `send-${id}` } });
      localStorage.removeItem(storageKey(userId));
      showNotice(t('referrals.new.sent', { reference: sent.data?.sendReferral.reference ?? '' }), 'success');
      await navigate(`/referrals/${id}`);
    } catch (error) {
      setServerError(translateReferralError(error, t));
    }
  });
  const discard = () => {
    localStorage.removeItem(storageKey(userId));
    const fresh = { values: emptyForm, createKey: newIdempotencyKey() };
    setStored(fresh);
    reset(emptyForm);
    setServerError(undefined);
  };

  return (
    <Stack spacing={2.5} sx={{ maxWidth: 960 }}>
      <Box>
        <Typography variant="h1" gutterBottom>
          {t('nav.newReferral')}
        </Typography>
        <Typography color="text.secondary">{t('referrals.new.intro')}</Typography>
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
      {stored.draftId && <Alert severity="info">{t('referrals.new.draftExists')}</Alert>}

      {/* Drawn once the choices are here: a select must not hold a restored value it has no option for. */}
      {options.data && (
        <Box component="form" noValidate onSubmit={onSend} aria-label={t('nav.newReferral')}>
          <Stack spacing={2.5}>
            <FormSection title={t('referrals.new.parties')}>
              <Grid container spacing={2}>
                <Grid size={{ xs: 12, md: 6 }}>
                  <SelectField control={control} name="mechanismId" label={t('referrals.fields.mechanism')}>
                    {mechanisms.map((candidate) => (
                      <MenuItem key={candidate.id} value={candidate.id}>
                        {localName(candidate.names, language)}
                      </MenuItem>
                    ))}
                  </SelectField>
                </Grid>
                <Grid size={{ xs: 12, md: 6 }}>
                  <SelectField
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
                  </SelectField>
                </Grid>
              </Grid>
            </FormSection>

            <FormSection title={t('referrals.new.case')}>
              <Grid container spacing={2}>
                <Grid size={{ xs: 12, md: 6 }}>
                  <SelectField control={control} name="category" label={t('referrals.fields.category')}>
                    {CATEGORIES.map((which) => (
                      <MenuItem key={which} value={which}>
                        {t(`referrals.category.${which}`)}
                      </MenuItem>
                    ))}
                  </SelectField>
                </Grid>
                <Grid size={{ xs: 12, sm: 6, md: 3 }}>
                  <SelectField control={control} name="urgency" label={t('referrals.fields.urgency')}>
                    {URGENCIES.map((which) => (
                      <MenuItem key={which} value={which}>
                        {t(`referrals.urgency.${which}`)}
                      </MenuItem>
                    ))}
                  </SelectField>
                </Grid>
                <Grid size={{ xs: 12, sm: 6, md: 3 }}>
                  <TextInput
                    control={control}
                    name="incidentDate"
                    label={t('referrals.fields.incidentDate')}
                    type="date"
                    slotProps={{ inputLabel: { shrink: true } }}
                  />
                </Grid>
                <Grid size={12}>
                  <TextInput control={control} name="title" label={t('referrals.fields.title')} required />
                </Grid>
                <Grid size={12}>
                  <TextInput
                    control={control}
                    name="narrative"
                    label={t('referrals.fields.narrative')}
                    required
                    multiline
                    minRows={5}
                  />
                </Grid>
              </Grid>
            </FormSection>

            <FormSection title={t('referrals.new.evaluation')}>
              <Grid container spacing={2}>
                <Grid size={{ xs: 12, md: 4 }}>
                  <SelectField control={control} name="handlingCode" label={t('referrals.fields.handlingCode')}>
                    {HANDLING_CODES.map((which) => (
                      <MenuItem key={which} value={which}>
                        {t(`referrals.handlingCode.${which}`)}
                      </MenuItem>
                    ))}
                  </SelectField>
                </Grid>
                <Grid size={{ xs: 12, sm: 6, md: 4 }}>
                  <SelectField
                    control={control}
                    name="sourceReliability"
                    label={t('referrals.fields.sourceReliability')}
                  >
                    {RELIABILITIES.map((which) => (
                      <MenuItem key={which} value={which}>
                        {t(`referrals.sourceReliability.${which}`)}
                      </MenuItem>
                    ))}
                  </SelectField>
                </Grid>
                <Grid size={{ xs: 12, sm: 6, md: 4 }}>
                  <SelectField
                    control={control}
                    name="informationAccuracy"
                    label={t('referrals.fields.informationAccuracy')}
                  >
                    {ACCURACIES.map((which) => (
                      <MenuItem key={which} value={which}>
                        {t(`referrals.informationAccuracy.${which}`)}
                      </MenuItem>
                    ))}
                  </SelectField>
                </Grid>
              </Grid>
            </FormSection>

            <FormSection title={t('referrals.new.persons')}>
              <Stack spacing={2}>
                {persons.fields.length === 0 && (
                  <Typography color="text.secondary">{t('referrals.new.noPersons')}</Typography>
                )}
                {persons.fields.map((field, index) => (
                  <Box
                    key={field.id}
                    component="fieldset"
                    sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0 }}
                  >
                    <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
                      <Typography component="legend" sx={{ fontWeight: 600, flexGrow: 1, float: 'left' }}>
                        {t('referrals.new.person', { number: index + 1 })}
                      </Typography>
                      <IconButton
                        aria-label={t('referrals.new.removePerson', { number: index + 1 })}
                        onClick={() => persons.remove(index)}
                      >
                        <DeleteIcon />
                      </IconButton>
                    </Stack>
                    <Grid container spacing={2}>
                      <Grid size={{ xs: 12, md: 4 }}>
                        <SelectField
                          control={control}
                          name={`persons.${index}.role`}
                          label={t('referrals.fields.role')}
                        >
                          {ROLES.map((which) => (
                            <MenuItem key={which} value={which}>
                              {t(`referrals.personRole.${which}`)}
                            </MenuItem>
                          ))}
                        </SelectField>
                      </Grid>
                      <Grid size={{ xs: 12, sm: 6, md: 4 }}>
                        <TextInput
                          control={control}
                          name={`persons.${index}.givenNames`}
                          label={t('referrals.fields.givenNames')}
                        />
                      </Grid>
                      <Grid size={{ xs: 12, sm: 6, md: 4 }}>
                        <TextInput
                          control={control}
                          name={`persons.${index}.familyNames`}
                          label={t('referrals.fields.familyNames')}
                        />
                      </Grid>
                      <Grid size={{ xs: 12, sm: 8 }}>
                        <TextInput
                          control={control}
                          name={`persons.${index}.nationality`}
                          label={t('referrals.fields.nationality')}
                          slotProps={{ htmlInput: { maxLength: 2, autoCapitalize: 'characters' } }}
                        />
                      </Grid>
                      <Grid size={{ xs: 12, sm: 4 }}>
                        <TextInput
                          control={control}
                          name={`persons.${index}.estimatedAge`}
                          label={t('referrals.fields.age')}
                          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
                        />
                      </Grid>
                    </Grid>
                  </Box>
                ))}
                <Button
                  variant="outlined"
                  startIcon={<AddIcon />}
                  onClick={() => persons.append(emptyPerson)}
                  sx={{ alignSelf: 'flex-start' }}
                >
                  {t('referrals.new.addPerson')}
                </Button>
              </Stack>
            </FormSection>

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
                {t('referrals.new.discard')}
              </Button>
            </Stack>
          </Stack>
        </Box>
      )}
    </Stack>
  );
}

function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card variant="outlined" component="section">
      <CardContent>
        <Typography variant="h2" gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

type FieldProps = Omit<TextFieldProps, 'name'> & {
  control: Control<NewReferralForm, unknown, NewReferralValues>;
  name: FieldPath<NewReferralForm>;
};

/** A text field bound to the form, showing its zod message (a catalogue key) in the user's language. */
function TextInput({ control, name, helperText, ...props }: FieldProps) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...props}
          fullWidth
          name={field.name}
          value={field.value ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={!!fieldState.error}
          helperText={fieldState.error?.message ? t(fieldState.error.message) : helperText}
        />
      )}
    />
  );
}

function SelectField(props: FieldProps & { children: ReactNode }) {
  return <TextInput {...props} select required />;
}
