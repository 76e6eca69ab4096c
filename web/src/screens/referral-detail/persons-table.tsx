import LockIcon from '@mui/icons-material/LockOutlined';
import {
  Box,
  Card,
  CardContent,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralDetailFieldsFragment } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { countryName } from '../../forms/countries';
import { formatLocalDate } from '../referral-inbox/referral-common';
import { definitionList } from './detail-parts';

type Person = ReferralDetailFieldsFragment['persons'][number];

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

interface Column {
  key: string;
  label: string;
  /** The fields the server may withhold for this column. */
  guarded: string[];
  value: (person: Person) => ReactNode;
}

function useColumns(): Column[] {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const lines = (items: string[]) =>
    items.length === 0 ? null : (
      <Box component="span" sx={{ display: 'block', whiteSpace: 'pre-line' }}>
        {items.join('\n')}
      </Box>
    );
  return [
    {
      key: 'name',
      label: t('referrals.fields.name'),
      guarded: ['givenNames', 'familyNames'],
      value: (person) => [person.givenNames, person.familyNames].filter(Boolean).join(' ') || null,
    },
    {
      key: 'aliases',
      label: t('referrals.fields.aliases'),
      guarded: ['aliases'],
      value: (person) => (person.aliases?.length ? person.aliases.join(', ') : null),
    },
    {
      key: 'sex',
      label: t('referrals.fields.sex'),
      guarded: ['sex'],
      value: (person) => person.sex && t(`referrals.sex.${person.sex}`),
    },
    {
      key: 'age',
      label: t('referrals.fields.age'),
      guarded: ['estimatedAge'],
      value: (person) => person.estimatedAge ?? null,
    },
    {
      key: 'dateOfBirth',
      label: t('referrals.fields.dateOfBirth'),
      guarded: ['dateOfBirth'],
      value: (person) => formatLocalDate(person.dateOfBirth, language) || null,
    },
    {
      key: 'nationality',
      label: t('referrals.fields.nationalityShort'),
      guarded: ['nationality'],
      value: (person) => (person.nationality ? countryName(person.nationality, language) : null),
    },
    {
      key: 'documents',
      label: t('referrals.fields.identityDocuments'),
      guarded: ['identityDocuments'],
      value: (person) =>
        lines(
          (person.identityDocuments ?? []).map((document) =>
            [
              t(`referrals.documentKind.${document.kind}`, { defaultValue: document.kind }),
              document.number,
              document.issuingCountry ? `(${countryName(document.issuingCountry, language)})` : '',
            ]
              .filter(Boolean)
              .join(' '),
          ),
        ),
    },
    {
      key: 'phones',
      label: t('referrals.fields.phones'),
      guarded: ['phones'],
      value: (person) => lines(person.phones ?? []),
    },
    {
      key: 'vehicles',
      label: t('referrals.fields.vehicles'),
      guarded: ['vehicles'],
      value: (person) =>
        lines(
          (person.vehicles ?? []).map((vehicle) => [vehicle.plate, vehicle.description].filter(Boolean).join(' · ')),
        ),
    },
  ];
}

const isRestricted = (person: Person, column: Column) =>
  column.guarded.some((field) => person.restrictedFields.includes(field));
const cell = (person: Person, column: Column): ReactNode =>
  isRestricted(person, column) ? <Restricted /> : (column.value(person) ?? '—');

/**
 * The persons involved. A column nobody has a value for is left out (a table of dashes says nothing); a column
 * withheld from the reader stays, marked restricted, so they know there is something they may not see. On a
 * phone each person is a card.
 */
export function PersonsTable({ persons }: { persons: Person[] }) {
  const { t } = useTranslation();
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
  const columns = useColumns().filter((column) =>
    persons.some((person) => isRestricted(person, column) || column.value(person) !== null),
  );
  if (persons.length === 0) return <Typography color="text.secondary">{t('referrals.detail.noPersons')}</Typography>;
  if (narrow) {
    return (
      <Stack component="ul" spacing={1.5} aria-label={t('referrals.detail.persons')} sx={{ m: 0, p: 0 }}>
        {persons.map((person) => (
          <Card component="li" variant="outlined" key={person.id} sx={{ listStyle: 'none' }}>
            <CardContent>
              <Typography sx={{ fontWeight: 600, mb: 1 }}>{t(`referrals.personRole.${person.role}`)}</Typography>
              <Box component="dl" sx={definitionList}>
                {columns.map((column) => (
                  <Box key={column.key} sx={{ display: 'contents' }}>
                    <dt>{column.label}</dt>
                    <dd>{cell(person, column)}</dd>
                  </Box>
                ))}
              </Box>
            </CardContent>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    // Scrolls sideways when narrow: focusable and named, so a keyboard can scroll it (axe scrollable-region-focusable).
    <TableContainer tabIndex={0} role="region" aria-label={t('referrals.detail.persons')}>
      <Table size="small" aria-label={t('referrals.detail.persons')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('referrals.fields.role')}</TableCell>
            {columns.map((column) => (
              <TableCell key={column.key}>{column.label}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {persons.map((person) => (
            <TableRow key={person.id}>
              <TableCell>{t(`referrals.personRole.${person.role}`)}</TableCell>
              {columns.map((column) => (
                <TableCell key={column.key}>{cell(person, column)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
