import LockIcon from '@mui/icons-material/LockOutlined';
import { Chip, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import type { ReferralDetailFieldsFragment } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { formatLocalDate } from '../referral-inbox/referral-common';

/** The detail screen shows its operations' errors itself, next to what failed. */
export const context: EnlaceOperationContext = { handlesErrors: true };

export { Section } from '../../forms/section';

function Restricted() {
  const { t } = useTranslation();
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={<LockIcon />}
      label={t('referrals.restricted')}
      title={t('referrals.restrictedHelp')}
    />
  );
}

export function PersonsTable({ persons }: { persons: ReferralDetailFieldsFragment['persons'] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  if (persons.length === 0) return <Typography color="text.secondary">{t('referrals.detail.noPersons')}</Typography>;
  const field = (person: (typeof persons)[number], name: string, value: ReactNode) =>
    person.restrictedFields.includes(name) ? <Restricted /> : (value ?? '—');
  return (
    // Scrolls sideways on a phone: focusable and named, so a keyboard can scroll it (axe scrollable-region-focusable).
    <TableContainer tabIndex={0} role="region" aria-label={t('referrals.detail.persons')}>
      <Table size="small" aria-label={t('referrals.detail.persons')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('referrals.fields.role')}</TableCell>
            <TableCell>{t('referrals.fields.name')}</TableCell>
            <TableCell>{t('referrals.fields.sex')}</TableCell>
            <TableCell>{t('referrals.fields.age')}</TableCell>
            <TableCell>{t('referrals.fields.dateOfBirth')}</TableCell>
            <TableCell>{t('referrals.fields.nationalityShort')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {persons.map((person) => {
            const nameRestricted =
              person.restrictedFields.includes('givenNames') || person.restrictedFields.includes('familyNames');
            const name = [person.givenNames, person.familyNames].filter(Boolean).join(' ');
            return (
              <TableRow key={person.id}>
                <TableCell>{t(`referrals.personRole.${person.role}`)}</TableCell>
                <TableCell>{nameRestricted ? <Restricted /> : name || '—'}</TableCell>
                <TableCell>{field(person, 'sex', person.sex && t(`referrals.sex.${person.sex}`))}</TableCell>
                <TableCell>{field(person, 'estimatedAge', person.estimatedAge)}</TableCell>
                <TableCell>
                  {field(person, 'dateOfBirth', formatLocalDate(person.dateOfBirth, language) || null)}
                </TableCell>
                <TableCell>{field(person, 'nationality', person.nationality)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

export const definitionList = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
  columnGap: 3,
  rowGap: 0.75,
  m: 0,
  '& dt': { color: 'text.secondary' },
  '& dd': { m: 0, overflowWrap: 'anywhere' },
} as const;
