import { Box, Chip, Link, Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { DutyContactFieldsFragment } from '../../gql/graphql';
import { INTL_LOCALES } from '../../i18n/languages';
import { useLanguage } from '../../i18n/use-language';

/** Monday 2024-01-01 + n days: names the ISO weekday n in the reader's language. */
function weekdayName(isoDay: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, isoDay)),
  );
}

/** "Mon–Fri 07:00–19:00 (America/Mexico_City)" or "24/7". */
export function useDutyHours(): (contact: DutyContactFieldsFragment) => string {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (contact) => {
    if (contact.alwaysOn) return t('coordinationWork.roster.alwaysOn');
    const days = contact.days.map((day) => weekdayName(day, INTL_LOCALES[language])).join(', ');
    return `${days} · ${contact.from}–${contact.until} (${contact.timeZone})`;
  };
}

/** One line of a mechanism's 24/7 roster: who, where, when, and every way to reach them. */
export function DutyContactCard({
  contact,
  headingLevel = 'h3',
  actions,
}: {
  contact: DutyContactFieldsFragment;
  headingLevel?: 'h2' | 'h3';
  actions?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const hours = useDutyHours();
  return (
    <Paper component="li" variant="outlined" sx={{ p: 2, listStyle: 'none' }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 0.5 }}>
        <Typography component={headingLevel} variant="h3" sx={{ fontSize: '1.05rem', m: 0 }}>
          {contact.deskName}
        </Typography>
        <Chip
          size="small"
          color={contact.onDutyNow ? 'success' : 'default'}
          variant={contact.onDutyNow ? 'filled' : 'outlined'}
          label={t(contact.onDutyNow ? 'coordinationWork.roster.onDuty' : 'coordinationWork.roster.offDuty')}
        />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {[contact.agency.acronym, contact.officerName, contact.crossingPoint?.name].filter(Boolean).join(' · ')}
      </Typography>
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {hours(contact)}
        {contact.languages.length > 0 &&
          ` · ${contact.languages.map((code) => t(`coordinationWork.language.${code}`)).join(', ')}`}
      </Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 1.5, m: 0, mt: 1 }}>
        <dt>{t('coordinationWork.roster.field.phone')}</dt>
        <dd style={{ margin: 0 }}>
          <Link href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>{contact.phone}</Link>
        </dd>
        {contact.radioChannel && (
          <>
            <dt>{t('coordinationWork.roster.field.radioChannel')}</dt>
            <dd style={{ margin: 0 }}>{contact.radioChannel}</dd>
          </>
        )}
        {contact.email && (
          <>
            <dt>{t('coordinationWork.roster.field.email')}</dt>
            <dd style={{ margin: 0 }}>
              <Link href={`mailto:${contact.email}`}>{contact.email}</Link>
            </dd>
          </>
        )}
        {contact.secureChannel && (
          <>
            <dt>{t('coordinationWork.roster.field.secureChannel')}</dt>
            <dd style={{ margin: 0 }}>{contact.secureChannel}</dd>
          </>
        )}
      </Box>
      {actions}
    </Paper>
  );
}
