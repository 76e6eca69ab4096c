import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useMutation, useQuery } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import type { AnyMongoAbility } from '@casl/ability';
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { showNotice } from '../../api/notices';
import {
  AdminMechanismDocument,
  AdminMechanismOptionsDocument,
  CreateMechanismDocument,
  UpdateMechanismDocument,
} from './mechanism.operations';
import { useLanguage } from '../../i18n/use-language';
import { translateAdminError } from '../admin-common/admin-errors';
import { orNull } from '../admin-common/directory-terms';
import { AdminPage } from '../admin-common/admin-page';
import { isNotFound, localName } from '../referral-inbox/referral-common';
import { DeadlinesSection } from './deadlines-section';
import { Section } from '../../forms/section';
import { MechanismForm } from './mechanism-form';
import type { MechanismValues } from './mechanism.schema';
import type { AdminMechanismDetailFragment } from '../../gql/graphql';

const context: EnlaceOperationContext = { handlesErrors: true };
const MECHANISMS_PATH = '/admin/mechanisms';

function inputOf(values: MechanismValues) {
  const coordinate = (value: string) => (value === '' ? null : Number(value));
  return {
    names: {
      es: values.names.es,
      en: orNull(values.names.en),
      pt: orNull(values.names.pt),
      fr: orNull(values.names.fr),
    },
    countryCodes: values.countryCodes,
    memberAgencyIds: values.memberAgencyIds,
    secretariatAgencyId: values.secretariatAgencyId,
    crossingPoints: values.crossingPoints.map((point) => ({
      name: point.name,
      latitude: coordinate(point.latitude),
      longitude: coordinate(point.longitude),
    })),
  };
}

/** `/admin/mechanisms/new` sets one up; `/admin/mechanisms/<id>` shows and edits it, with its deadlines. */
export function MechanismScreen() {
  const { id = 'new' } = useParams();
  return id === 'new' ? <NewMechanism /> : <MechanismDetail id={id} />;
}

function NewMechanism() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const ability = useAbility<AnyMongoAbility>();
  const allowed = ability.can('create', 'Mechanism');
  const options = useQuery(AdminMechanismOptionsDocument, { context, skip: !allowed });
  const [create] = useMutation(CreateMechanismDocument, { context, refetchQueries: ['AdminMechanisms'] });
  return (
    <AdminPage
      title={t('admin.mechanisms.create')}
      intro={t('admin.mechanisms.createIntro')}
      allowed={allowed}
      actions={<BackToList />}
    >
      <OptionsState loading={options.loading} error={options.error} onRetry={() => void options.refetch()} />
      {options.data && (
        <MechanismForm
          options={options.data}
          onSubmit={async (values) => {
            const result = await create({ variables: { input: { kind: values.kind, ...inputOf(values) } } });
            showNotice(t('admin.mechanisms.created', { name: values.names.es }), 'success');
            await navigate(`${MECHANISMS_PATH}/${result.data!.createMechanism.id}`);
          }}
        />
      )}
    </AdminPage>
  );
}

function MechanismDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const ability = useAbility<AnyMongoAbility>();
  const mayEdit = ability.can('update', 'Mechanism');
  const detail = useQuery(AdminMechanismDocument, { context, variables: { id } });
  const options = useQuery(AdminMechanismOptionsDocument, { context, skip: !mayEdit });
  const [update] = useMutation(UpdateMechanismDocument, { context });
  const mechanism = detail.data?.mechanism;
  // A mechanism the caller may not read answers exactly like one that does not exist.
  const missing = (detail.data && !mechanism) || isNotFound(detail.error);
  const title = mechanism ? localName(mechanism.names, language) : t('admin.mechanisms.detail');

  return (
    <AdminPage title={title} allowed actions={<BackToList />}>
      {missing && <Alert severity="warning">{t('admin.mechanisms.notFound')}</Alert>}
      {!missing && <OptionsState loading={detail.loading} error={detail.error} onRetry={() => void detail.refetch()} />}
      {mechanism && (
        <Stack spacing={2.5}>
          {mayEdit && (
            <OptionsState loading={options.loading} error={options.error} onRetry={() => void options.refetch()} />
          )}
          {mayEdit && options.data && (
            <MechanismForm
              key={mechanism.id}
              mechanism={mechanism}
              options={options.data}
              onSubmit={async (values) => {
                await update({ variables: { input: { id: mechanism.id, ...inputOf(values), active: values.active } } });
                showNotice(t('admin.mechanisms.updated', { name: values.names.es }), 'success');
              }}
            />
          )}
          {!mayEdit && <MechanismSummary mechanism={mechanism} />}
          <DeadlinesSection mechanismId={mechanism.id} deadlines={detail.data?.referralDeadlines ?? []} />
        </Stack>
      )}
    </AdminPage>
  );
}

/** What a secretariat (who may not edit the mechanism) sees of it. */
function MechanismSummary({ mechanism }: { mechanism: AdminMechanismDetailFragment }) {
  const { t } = useTranslation();
  const agency = (member: { acronym: string; name: string }) => `${member.acronym} · ${member.name}`;
  const rows: [string, string][] = [
    [t('admin.mechanisms.kind'), t(`admin.mechanismKind.${mechanism.kind}`)],
    [t('admin.mechanisms.countries'), mechanism.countries.map((country) => country.id).join(' · ')],
    [t('admin.mechanisms.members'), mechanism.memberAgencies.map(agency).join(', ')],
    [t('admin.mechanisms.secretariat'), agency(mechanism.secretariatAgency)],
    [t('admin.mechanisms.crossingPoints'), mechanism.crossingPoints.map((point) => point.name).join(', ') || '—'],
  ];
  return (
    <Section title={t('admin.mechanisms.form')}>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { sm: 'max-content 1fr' }, gap: 1, m: 0 }}>
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <Typography component="dt" sx={{ fontWeight: 600 }}>
              {label}
            </Typography>
            <Typography component="dd" sx={{ m: 0 }}>
              {value}
            </Typography>
          </Fragment>
        ))}
      </Box>
    </Section>
  );
}

function BackToList() {
  const { t } = useTranslation();
  const ability = useAbility<AnyMongoAbility>();
  if (!ability.can('create', 'Mechanism') && !ability.can('configure', 'Mechanism')) return null;
  return (
    <Button startIcon={<ArrowBackIcon />} component={RouterLink} to={MECHANISMS_PATH}>
      {t('admin.mechanisms.backToList')}
    </Button>
  );
}

function OptionsState({ loading, error, onRetry }: { loading: boolean; error?: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (error)
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('admin.retry')}
          </Button>
        }
      >
        {translateAdminError(error, t).message}
      </Alert>
    );
  return loading ? <LinearProgress aria-label={t('admin.loading')} /> : null;
}
