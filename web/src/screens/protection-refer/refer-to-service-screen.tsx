import { useMutation, useQuery } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import type { AnyMongoAbility } from '@casl/ability';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  LinearProgress,
  MenuItem,
  Stack,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { showNotice } from '../../api/notices';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { Section } from '../../forms/section';
import type { ProtectionService, ReferralFieldOptionsQuery } from '../../gql/graphql';
import { SurvivorDocument } from '../protection-common/protection.operations';
import { ProtectionPage } from '../protection-common/protection-page';
import { translateProtectionError } from '../protection-common/protection-terms';
import {
  ReferralFieldOptionsDocument,
  ReferToServiceDocument,
} from '../protection-common/service-referrals.operations';
import { SHARED_FIELDS, URGENCIES } from '../protection-common/service-terms';
import type { DirectoryServiceSummary } from '../protection-common/directory-service-card';
import { emptyReferral, referralFieldOf, referralSchema, toReferralInput, type ReferralForm } from './referral.schema';
import { ServicePicker } from './service-picker';

const context: EnlaceOperationContext = { handlesErrors: true };
type FieldOptions = ReferralFieldOptionsQuery['referralFieldOptions'];

/**
 * "Refer to a service": the assigned case worker picks a provider's service from the directory, says what for and
 * how urgently, and chooses the fields the provider will read: only those the survivor's consent covers for that
 * agency and purpose can be ticked (the minimum the service usually needs comes preselected). The answer and
 * delivery deadlines follow the mechanism both agencies belong to.
 */
export function ReferToServiceScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const allowed = useAbility<AnyMongoAbility>().can('refer', 'Survivor');
  const { data } = useQuery(SurvivorDocument, { context, skip: !allowed, variables: { id } });
  const survivor = data?.survivor;
  const [refer, { loading: sending }] = useMutation(ReferToServiceDocument, { context });
  const [chosen, setChosen] = useState<DirectoryServiceSummary>();
  const [problem, setProblem] = useState<string>();
  const { control, handleSubmit, setValue, setError, formState } = useForm<ReferralForm>({
    resolver: zodResolver(referralSchema),
    defaultValues: emptyReferral,
  });
  const [recipientAgencyId, service, sharedFields, note] = useWatch({
    control,
    name: ['recipientAgencyId', 'service', 'sharedFields', 'note'],
  });
  const options = useQuery(ReferralFieldOptionsDocument, {
    context,
    skip: !recipientAgencyId || !service,
    variables: { survivorId: id, recipientAgencyId, service: service as ProtectionService },
    fetchPolicy: 'network-only',
  });
  const fieldOptions = options.data?.referralFieldOptions;
  // New options (another provider or purpose): the minimum the service usually needs, within consent.
  useEffect(() => {
    if (fieldOptions)
      setValue(
        'sharedFields',
        fieldOptions.fields.filter((option) => option.suggested).map((option) => option.field),
      );
  }, [fieldOptions, setValue]);

  const choose = (picked: DirectoryServiceSummary) => {
    setChosen(picked);
    setValue('directoryServiceId', picked.id, { shouldValidate: formState.isSubmitted });
    setValue('recipientAgencyId', picked.agency.id);
    setValue('service', picked.types.length === 1 ? picked.types[0]! : '');
  };

  const submit = handleSubmit(async (values) => {
    setProblem(undefined);
    try {
      await refer({ variables: { input: toReferralInput(id, values) } });
      showNotice(t('protection.referral.sent', { agency: chosen?.agency.acronym ?? '' }), 'success');
      void navigate(`/protection/survivors/${id}`, { replace: true });
    } catch (failure) {
      const message = translateProtectionError(failure, t);
      setProblem(message.message);
      for (const [path, text] of Object.entries(message.fields)) {
        const field = referralFieldOf(path);
        if (field) setError(field, { message: text });
      }
    }
  });

  return (
    <ProtectionPage
      title={survivor ? t('protection.referral.title', { code: survivor.code }) : t('nav.referToService')}
      intro={t('protection.referral.intro')}
      allowed={allowed}
    >
      <Box component="form" noValidate onSubmit={(event) => void submit(event)}>
        <Stack spacing={2.5}>
          {problem && <Alert severity="error">{problem}</Alert>}
          <Section title={t('protection.referral.service')}>
            {formState.errors.directoryServiceId && (
              <Alert severity="error" sx={{ mb: 2 }}>
                {t(formState.errors.directoryServiceId.message ?? 'protection.referral.chooseService')}
              </Alert>
            )}
            <ServicePicker chosenId={chosen?.id ?? ''} onChoose={choose} ownAgencyId={survivor?.holdingAgency.id} />
          </Section>
          {chosen && (
            <Section title={t('protection.referral.purposeAndUrgency')}>
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
                <FormSelectField control={control} name="service" label={t('protection.referral.purpose')} required>
                  {chosen.types.map((type) => (
                    <MenuItem key={type} value={type}>
                      {t(`protection.service.${type}`)}
                    </MenuItem>
                  ))}
                </FormSelectField>
                <FormSelectField control={control} name="urgency" label={t('protection.referral.urgency')} required>
                  {URGENCIES.map((urgency) => (
                    <MenuItem key={urgency} value={urgency}>
                      {t(`protection.urgency.${urgency}`)}
                    </MenuItem>
                  ))}
                </FormSelectField>
              </Stack>
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
                {t('protection.referral.deadlines')}
              </Typography>
            </Section>
          )}
          {chosen && service && (
            <Section title={t('protection.referral.share')}>
              {options.loading && <LinearProgress aria-label={t('app.loading')} />}
              {fieldOptions && (
                <Controller
                  control={control}
                  name="sharedFields"
                  render={({ field, fieldState }) => (
                    <FieldChoice
                      options={fieldOptions}
                      value={field.value}
                      onChange={field.onChange}
                      error={fieldState.error?.message}
                    />
                  )}
                />
              )}
            </Section>
          )}
          {fieldOptions?.covered && (
            <Section title={t('protection.referral.noteAndPreview')}>
              <Stack spacing={2}>
                <FormTextField
                  control={control}
                  name="note"
                  label={t('protection.referral.note')}
                  helperText={t('protection.referral.noteHelp')}
                  multiline
                  minRows={3}
                />
                <Preview
                  code={survivor?.code ?? ''}
                  agency={chosen?.agency.name ?? ''}
                  fields={sharedFields}
                  note={note}
                />
              </Stack>
            </Section>
          )}
          <Box>
            <Button type="submit" variant="contained" size="large" disabled={sending || !fieldOptions?.covered}>
              {t('protection.referral.send')}
            </Button>
          </Box>
        </Stack>
      </Box>
    </ProtectionPage>
  );
}

/** The fields the consent lets travel can be ticked; the others are shown, greyed, with the reason. */
function FieldChoice({
  options,
  value,
  onChange,
  error,
}: {
  options: FieldOptions;
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const allowed = new Map(options.fields.map((option) => [option.field, option.allowed]));
  if (!options.covered) return <Alert severity="warning">{t('protection.apiError.referral.notCovered')}</Alert>;
  const toggle = (field: string, on: boolean) =>
    onChange(on ? [...value, field] : value.filter((chosen) => chosen !== field));
  return (
    <Stack spacing={1.5}>
      {options.byOverride && <Alert severity="warning">{t('protection.referral.byOverride')}</Alert>}
      <Typography color="text.secondary">{t('protection.referral.shareExplained')}</Typography>
      <FormGroup
        role="group"
        aria-label={t('protection.referral.share')}
        sx={{ display: 'grid', gridTemplateColumns: { sm: '1fr 1fr', md: '1fr 1fr 1fr' } }}
      >
        {SHARED_FIELDS.map(({ field, category }) => (
          <FormControlLabel
            key={field}
            disabled={!allowed.get(field)}
            control={
              <Checkbox checked={value.includes(field)} onChange={(event) => toggle(field, event.target.checked)} />
            }
            label={
              <span>
                {t(`protection.field.${field}`)}
                {!allowed.get(field) && (
                  <Typography component="span" variant="body2" color="text.secondary">
                    {' '}
                    ({t('protection.referral.notConsented', { category: t(`protection.consent.category.${category}`) })}
                    )
                  </Typography>
                )}
              </span>
            }
          />
        ))}
      </FormGroup>
      {error && <FormHelperText error>{t(error)}</FormHelperText>}
    </Stack>
  );
}

/** What the provider will read: the code, the chosen fields, the note; nothing else of the record. */
function Preview({ code, agency, fields, note }: { code: string; agency: string; fields: string[]; note: string }) {
  const { t } = useTranslation();
  const ordered = SHARED_FIELDS.filter(({ field }) => fields.includes(field));
  return (
    <Box sx={{ bgcolor: 'action.hover', borderRadius: 1, p: 2 }} aria-live="polite">
      <FormLabel component="p" sx={{ fontWeight: 600, mb: 1 }}>
        {t('protection.referral.preview', { agency })}
      </FormLabel>
      <Typography>
        {t('protection.survivor.code')}:{' '}
        <Box component="span" sx={{ fontFamily: 'monospace', fontWeight: 600 }}>
          {code}
        </Box>
      </Typography>
      <Typography>
        {ordered.length
          ? ordered.map(({ field }) => t(`protection.field.${field}`)).join(', ')
          : t('protection.referral.nothingChosen')}
      </Typography>
      {note.trim() && <Typography sx={{ mt: 1, whiteSpace: 'pre-wrap' }}>{note.trim()}</Typography>}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {t('protection.referral.previewUntil')}
      </Typography>
    </Box>
  );
}
