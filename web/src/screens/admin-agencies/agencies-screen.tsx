import AddIcon from '@mui/icons-material/Add';
import { useQuery } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import type { AnyMongoAbility } from '@casl/ability';
import { Button, Link, MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { AdminAgenciesDocument } from './agencies.operations';
import { useLanguage } from '../../i18n/use-language';
import { translateAdminError } from '../admin-common/admin-errors';
import { ActiveChip, AdminPage, ListState } from '../admin-common/admin-page';
import { localName } from '../referral-inbox/referral-common';
import { RecordTable } from '../../ui/record-table';
import { AgencyDialog } from './agency-dialog';

const context: EnlaceOperationContext = { handlesErrors: true };
export const AGENCIES_PATH = '/admin/agencies';

/**
 * Every agency, deactivated ones included, for platform administrators; `?country=GT` filters (and survives a
 * reload or a shared link); `/admin/agencies/new` and `/admin/agencies/<id>` open the form over the list.
 */
export function AgenciesScreen() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const ability = useAbility<AnyMongoAbility>();
  const navigate = useNavigate();
  const { id } = useParams();
  const [search] = useSearchParams();
  const country = search.get('country') ?? '';
  const allowed = ability.can('create', 'Agency');
  const filter = { includeInactive: true, ...(country ? { countryCode: country } : {}) };
  const { data, previousData, loading, error, refetch } = useQuery(AdminAgenciesDocument, {
    context,
    variables: { filter },
    skip: !allowed,
  });
  const shown = data ?? previousData;
  const agencies = data?.agencies ?? [];
  const countries = shown?.countries ?? [];
  const query = search.toString() ? `?${search.toString()}` : '';
  const close = () => void navigate(`${AGENCIES_PATH}${query}`);
  const editing = id && id !== 'new' ? agencies.find((agency) => agency.id === id) : undefined;

  return (
    <AdminPage
      title={t('nav.adminAgencies')}
      intro={t('admin.agencies.intro')}
      allowed={allowed}
      actions={
        <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to={`${AGENCIES_PATH}/new${query}`}>
          {t('admin.agencies.create')}
        </Button>
      }
    >
      <TextField
        select
        label={t('admin.agencies.filterCountry')}
        value={countries.some((option) => option.id === country) ? country : ''}
        onChange={(event) =>
          void navigate(event.target.value ? `${AGENCIES_PATH}?country=${event.target.value}` : AGENCIES_PATH)
        }
        sx={{ maxWidth: 320 }}
      >
        <MenuItem value="">{t('admin.agencies.allCountries')}</MenuItem>
        {countries.map((option) => (
          <MenuItem key={option.id} value={option.id}>
            {localName(option.names, language)}
          </MenuItem>
        ))}
      </TextField>
      <ListState
        loading={loading}
        error={error && translateAdminError(error, t).message}
        empty={!loading && !error && agencies.length === 0}
        onRetry={() => void refetch()}
        emptyText={t('admin.agencies.empty')}
      />
      {agencies.length > 0 && (
        <RecordTable
          label={t('nav.adminAgencies')}
          rows={agencies}
          rowKey={(agency) => agency.id}
          columns={[
            {
              header: t('admin.agencies.acronym'),
              cell: (agency) => (
                <Link component={RouterLink} to={`${AGENCIES_PATH}/${agency.id}${query}`}>
                  {agency.acronym}
                </Link>
              ),
            },
            { header: t('admin.agencies.name'), cell: (agency) => agency.name },
            { header: t('admin.country'), cell: (agency) => localName(agency.country.names, language) },
            { header: t('admin.agencies.kind'), cell: (agency) => t(`admin.agencyKind.${agency.kind}`) },
            { header: t('admin.status'), cell: (agency) => <ActiveChip active={agency.active} /> },
          ]}
        />
      )}
      {allowed && shown && (id === 'new' || editing) && (
        <AgencyDialog
          key={editing?.id ?? 'new'}
          agency={editing}
          countries={countries}
          defaultCountry={country}
          onClose={close}
          onSaved={close}
        />
      )}
    </AdminPage>
  );
}
