import AddIcon from '@mui/icons-material/Add';
import { useQuery } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import type { AnyMongoAbility } from '@casl/ability';
import { Button, Link } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { AdminMechanismsDocument } from './mechanisms.operations';
import { useLanguage } from '../../i18n/use-language';
import { translateAdminError } from '../admin-common/admin-errors';
import { ActiveChip, AdminPage, ListState } from '../admin-common/admin-page';
import { localName } from '../referral-inbox/referral-common';
import { RecordTable } from '../../ui/record-table';

const context: EnlaceOperationContext = { handlesErrors: true };
export const MECHANISMS_PATH = '/admin/mechanisms';

/** The coordination mechanisms, inactive ones included; each opens its detail page. */
export function MechanismsScreen() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const ability = useAbility<AnyMongoAbility>();
  // Platform administrators manage every mechanism; a secretariat opens its own to set their deadlines.
  const mayCreate = ability.can('create', 'Mechanism');
  const allowed = mayCreate || ability.can('configure', 'Mechanism');
  const { data, loading, error, refetch } = useQuery(AdminMechanismsDocument, { context, skip: !allowed });
  const mechanisms = data?.mechanisms ?? [];

  return (
    <AdminPage
      title={t('nav.adminMechanisms')}
      intro={t('admin.mechanisms.intro')}
      allowed={allowed}
      actions={
        mayCreate && (
          <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to={`${MECHANISMS_PATH}/new`}>
            {t('admin.mechanisms.create')}
          </Button>
        )
      }
    >
      <ListState
        loading={loading}
        error={error && translateAdminError(error, t).message}
        empty={!loading && !error && mechanisms.length === 0}
        onRetry={() => void refetch()}
        emptyText={t('admin.mechanisms.empty')}
      />
      {mechanisms.length > 0 && (
        <RecordTable
          label={t('nav.adminMechanisms')}
          rows={mechanisms}
          rowKey={(mechanism) => mechanism.id}
          columns={[
            {
              header: t('admin.mechanisms.name'),
              cell: (mechanism) => (
                <Link component={RouterLink} to={`${MECHANISMS_PATH}/${mechanism.id}`}>
                  {localName(mechanism.names, language)}
                </Link>
              ),
            },
            { header: t('admin.mechanisms.kind'), cell: (mechanism) => t(`admin.mechanismKind.${mechanism.kind}`) },
            {
              header: t('admin.mechanisms.countries'),
              cell: (mechanism) => mechanism.countries.map((country) => country.id).join(' · '),
            },
            { header: t('admin.mechanisms.memberCount'), cell: (mechanism) => mechanism.memberAgencies.length },
            { header: t('admin.mechanisms.secretariat'), cell: (mechanism) => mechanism.secretariatAgency.acronym },
            { header: t('admin.status'), cell: (mechanism) => <ActiveChip active={mechanism.active} /> },
          ]}
        />
      )}
    </AdminPage>
  );
}
