import { useQuery } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import type { AnyMongoAbility } from '@casl/ability';
import { Alert, Box, Chip, LinearProgress, Link, Stack, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { addDays } from '../../dates/day-bounds';
import { Refusal } from '../../app/refusal';
import type { FollowUpCalendarQuery } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { FollowUpCalendarDocument } from '../durable-solutions-common/durable-solutions.operations';
import { today, translateDurableError } from '../durable-solutions-common/durable-solutions-terms';

const context: EnlaceOperationContext = { handlesErrors: true };
type Entry = FollowUpCalendarQuery['followUpCalendar'][number];

/** Two months back (what is overdue) to a year ahead (the 12-month reports of recent returns). */
export function calendarWindow(now = new Date()): { from: string; until: string } {
  const day = today(now);
  return { from: addDays(day, -61), until: addDays(day, 365) };
}

// LocalDate comes as its ISO text ("2027-02-28"); the generated types leave custom scalars unknown.
const dueOn = (entry: Entry): string => String(entry.dueOn);

/** The entries by the month they fall due in, in order ("2027-02": [...]). */
function byMonth(entries: readonly Entry[]): [string, Entry[]][] {
  const months = new Map<string, Entry[]>();
  for (const entry of entries) {
    const month = dueOn(entry).slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), entry]);
  }
  return [...months.entries()];
}

/**
 * The follow-up calendar: every follow-up of the open plans the user's agency works on, month by month, from two
 * months back to a year ahead: what the receiving organisation owes and what the holding agency waits for.
 */
export function FollowUpCalendarScreen() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const ability = useAbility<AnyMongoAbility>();
  const allowed = ability.can('read', 'DurablePlan');
  const variables = useMemo(() => calendarWindow(), []);
  const { data, loading, error } = useQuery(FollowUpCalendarDocument, {
    context,
    variables,
    skip: !allowed,
    fetchPolicy: 'network-only',
  });
  const monthName = new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const dayName = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', timeZone: 'UTC' });
  const months = byMonth(data?.followUpCalendar ?? []);
  return (
    <Stack spacing={2.5} sx={{ maxWidth: 1100 }}>
      <Typography variant="h1">{t('durableSolutions.calendar.title')}</Typography>
      <Typography color="text.secondary">{t('durableSolutions.calendar.intro')}</Typography>
      {!allowed && <Refusal reason={t('durableSolutions.forbidden')} />}
      {loading && <LinearProgress aria-label={t('app.loading')} />}
      {error && <Alert severity="error">{translateDurableError(error, t).message}</Alert>}
      {data && months.length === 0 && (
        <Typography color="text.secondary">{t('durableSolutions.calendar.empty')}</Typography>
      )}
      {months.map(([month, entries]) => (
        <Box component="section" key={month} aria-labelledby={`month-${month}`}>
          <Typography id={`month-${month}`} variant="h2" sx={{ fontSize: '1.15rem', mb: 1 }}>
            {monthName.format(new Date(`${month}-01T00:00:00Z`))}
          </Typography>
          <Stack component="ul" spacing={1} sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {entries.map((entry) => (
              <Box component="li" key={entry.id} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}>
                <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
                  <Typography sx={{ fontWeight: 600, minWidth: '7.5rem' }}>
                    {dayName.format(new Date(`${dueOn(entry)}T00:00:00Z`))}
                  </Typography>
                  <Link
                    component={RouterLink}
                    to={`/durable-solutions/survivors/${entry.plan.survivorId}`}
                    sx={{ fontWeight: 600 }}
                  >
                    {entry.plan.survivorCode}
                  </Link>
                  <Typography variant="body2">
                    {t('durableSolutions.calendar.point', {
                      months: entry.monthsAfter,
                      solution: t(`durableSolutions.solution.${entry.plan.solution}`),
                    })}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {t('durableSolutions.calendar.owedBy', { agency: entry.owedBy.name })}
                  </Typography>
                  <CalendarStatus entry={entry} />
                </Stack>
              </Box>
            ))}
          </Stack>
        </Box>
      ))}
    </Stack>
  );
}

function CalendarStatus({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  if (entry.filedAt) return <Chip size="small" color="success" label={t('durableSolutions.followUps.filed')} />;
  if (entry.overdue) return <Chip size="small" color="error" label={t('durableSolutions.followUps.overdue')} />;
  if (entry.fileable) return <Chip size="small" color="warning" label={t('durableSolutions.calendar.dueSoon')} />;
  return null;
}
