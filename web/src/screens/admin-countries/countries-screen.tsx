import AddIcon from '@mui/icons-material/Add';
import { useQuery } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import type { AnyMongoAbility } from '@casl/ability';
import { Button, Link } from '@mui/material';
import { languageName } from '../../forms/languages';
import { RecordTable } from '../../ui/record-table';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { AdminCountriesDocument } from './countries.operations';
import { useLanguage } from '../../i18n/use-language';
import { AdminPage, ListState } from '../admin-common/admin-page';
import { translateAdminError } from '../admin-common/admin-errors';
import { localName } from '../referral-inbox/referral-common';
import { CountryDialog } from './country-dialog';

const context: EnlaceOperationContext = { handlesErrors: true };
export const COUNTRIES_PATH = '/admin/countries';

/**
 * The countries on the portal, for platform administrators. `/admin/countries/new` and `/admin/countries/GT`
 * open the form over the list, so a form can be linked to and the back button closes it.
 */
export function CountriesScreen() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const ability = useAbility<AnyMongoAbility>();
  const navigate = useNavigate();
  const { code } = useParams();
  const allowed = ability.can('create', 'Country');
  const { data, loading, error, refetch } = useQuery(AdminCountriesDocument, { context, skip: !allowed });
  const countries = data?.countries ?? [];
  const editing = code && code !== 'new' ? countries.find((country) => country.id === code.toUpperCase()) : undefined;
  const close = () => void navigate(COUNTRIES_PATH);

  return (
    <AdminPage
      title={t('nav.adminCountries')}
      intro={t('admin.countries.intro')}
      allowed={allowed}
      actions={
        <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to={`${COUNTRIES_PATH}/new`}>
          {t('admin.countries.create')}
        </Button>
      }
    >
      <ListState
        loading={loading}
        error={error && translateAdminError(error, t).message}
        empty={!loading && !error && countries.length === 0}
        onRetry={() => void refetch()}
        emptyText={t('admin.countries.empty')}
      />
      {countries.length > 0 && (
        <RecordTable
          label={t('nav.adminCountries')}
          rows={countries}
          rowKey={(country) => country.id}
          columns={[
            {
              header: t('admin.countries.code'),
              cell: (country) => (
                <Link component={RouterLink} to={`${COUNTRIES_PATH}/${country.id}`}>
                  {country.id}
                </Link>
              ),
            },
            { header: t('admin.countries.name'), cell: (country) => localName(country.names, language) },
            // The language by its name ("español"), not its code.
            {
              header: t('admin.countries.defaultLocale'),
              cell: (country) => languageName(country.defaultLocale, language),
            },
            { header: t('admin.timeZone'), cell: (country) => country.timeZone },
          ]}
        />
      )}
      {allowed && code === 'new' && <CountryDialog onClose={close} />}
      {allowed && editing && <CountryDialog key={editing.id} country={editing} onClose={close} />}
    </AdminPage>
  );
}
