import AddIcon from '@mui/icons-material/Add';
import { useQuery } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import type { AnyMongoAbility } from '@casl/ability';
import { Button, Link, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { AdminMechanismsDocument } from './mechanisms.operations';
import { useLanguage } from '../../i18n/use-language';
import { translateAdminError } from '../admin-common/admin-errors';
import { ActiveChip, AdminPage, ListState } from '../admin-common/admin-page';
import { localName } from '../referral-inbox/referral-common';

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
        // Wider than a phone: it scrolls in its own box, which the keyboard can reach.
        <TableContainer
          component={Paper}
          variant="outlined"
          tabIndex={0}
          role="region"
          aria-label={t('nav.adminMechanisms')}
        >
          <Table size="small" aria-label={t('nav.adminMechanisms')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('admin.mechanisms.name')}</TableCell>
                <TableCell>{t('admin.mechanisms.kind')}</TableCell>
                <TableCell>{t('admin.mechanisms.countries')}</TableCell>
                <TableCell>{t('admin.mechanisms.memberCount')}</TableCell>
                <TableCell>{t('admin.mechanisms.secretariat')}</TableCell>
                <TableCell>{t('admin.status')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {mechanisms.map((mechanism) => (
                <TableRow key={mechanism.id} hover>
                  <TableCell>
                    <Link component={RouterLink} to={`${MECHANISMS_PATH}/${mechanism.id}`}>
                      {localName(mechanism.names, language)}
                    </Link>
                  </TableCell>
                  <TableCell>{t(`admin.mechanismKind.${mechanism.kind}`)}</TableCell>
                  <TableCell>{mechanism.countries.map((country) => country.id).join(' · ')}</TableCell>
                  <TableCell>{mechanism.memberAgencies.length}</TableCell>
                  <TableCell>{mechanism.secretariatAgency.acronym}</TableCell>
                  <TableCell>
                    <ActiveChip active={mechanism.active} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </AdminPage>
  );
}
