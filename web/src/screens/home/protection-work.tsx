import WarningIcon from '@mui/icons-material/WarningAmberOutlined';
import { useQuery } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import { Card, CardActionArea, CardContent, Grid, List, ListItem, ListItemButton, ListItemText } from '@mui/material';
import { Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { addDays, browserToday } from '../../dates/day-bounds';
import { formatCalendarDay } from '../../dates/format-calendar-day';
import { formatDay } from '../../dates/format-date-time';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import type { HomeProtectionWorkQuery } from '../../gql/graphql';
import type { EnlaceAbility } from '../../session/ability';
import { HomeProtectionWorkDocument } from './protection-home.generated';

const context: EnlaceOperationContext = { handlesErrors: true };
/** Follow-ups shown: the overdue ones of the last two months and those due in the next two weeks. */
const FOLLOW_UP_DAYS_BACK = 61;
const FOLLOW_UP_DAYS_AHEAD = 14;

interface Waiting {
  key: string;
  to: string;
  primary: string;
  secondary: string;
  overdue: boolean;
}

/**
 * A protection member's home (case workers, supervisors): their open cases and their agency's, and what waits for
 * them — referrals to a service and border referrals to accept or decline, follow-ups of durable solutions due —
 * each a link to where it is done. Survivors are named by their case code only: the home reads no personal data.
 */
export function ProtectionWork() {
  const { t } = useTranslation();
  const ability = useAbility<EnlaceAbility>();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  const readsCases = ability.can('read', 'Survivor');
  const variables = {
    from: addDays(browserToday(), -FOLLOW_UP_DAYS_BACK),
    until: addDays(browserToday(), FOLLOW_UP_DAYS_AHEAD),
    readsCases,
    readsServiceReferrals: ability.can('read', 'ServiceReferral'),
    readsBorderReferrals: ability.can('accept', 'ProtectionReferral'),
    readsPlans: ability.can('read', 'DurablePlan'),
  };
  const { data } = useQuery(HomeProtectionWorkDocument, { variables, context, fetchPolicy: 'cache-and-network' });
  if (!data) return null;
  // The generated types leave custom scalars unknown: they come as ISO text.
  const waiting = waitingItems(data, t, {
    ofMoment: (iso) => formatDay(String(iso), language, timeZone),
    ofDate: (localDate) => formatCalendarDay(String(localDate), language),
  });
  return (
    <Card variant="outlined" component="section" aria-labelledby="home-protection">
      <CardContent>
        <Typography id="home-protection" variant="h2" gutterBottom>
          {t('home.protection.title')}
        </Typography>
        {readsCases && <CaseFigures data={data} />}
        <Typography variant="h3" sx={{ mt: 2, mb: 1, fontSize: '1.1rem', fontWeight: 600 }}>
          {t('home.protection.waiting')}
        </Typography>
        {waiting.length === 0 ? (
          <Typography color="text.secondary">{t('home.protection.nothing')}</Typography>
        ) : (
          <List dense disablePadding>
            {waiting.map((item) => (
              <ListItem key={item.key} disablePadding>
                <ListItemButton component={Link} to={item.to}>
                  {item.overdue && <WarningIcon color="error" sx={{ mr: 1 }} aria-label={t('home.owed.overdue')} />}
                  <ListItemText primary={item.primary} secondary={item.secondary} />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
}

function CaseFigures({ data }: { data: HomeProtectionWorkQuery }) {
  const { t } = useTranslation();
  const figures = [
    {
      key: 'mine',
      value: data.myCases?.totalCount ?? 0,
      label: t('home.protection.myCases'),
      to: '/protection/caseload?mine=true',
    },
    {
      key: 'agency',
      value: data.agencyCases?.totalCount ?? 0,
      label: t('home.protection.agencyCases'),
      to: '/protection/caseload',
    },
  ];
  return (
    <Grid container spacing={2}>
      {figures.map((figure) => (
        <Grid key={figure.key} size={{ xs: 6, md: 3 }}>
          <Card variant="outlined" sx={{ height: '100%' }}>
            <CardActionArea component={Link} to={figure.to} sx={{ height: '100%' }}>
              <CardContent>
                <Typography component="p" sx={{ fontSize: '2rem', fontWeight: 700 }}>
                  {figure.value}
                </Typography>
                <Typography color="text.secondary">{figure.label}</Typography>
              </CardContent>
            </CardActionArea>
          </Card>
        </Grid>
      ))}
    </Grid>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];
/** Days in the user's language: moments in their time zone, calendar days (LocalDate) as they are. */
interface Days {
  ofMoment: (iso: unknown) => string;
  ofDate: (localDate: unknown) => string;
}

/** What waits for the user, the overdue first, then in the order each list gives (soonest or newest first). */
function waitingItems(data: HomeProtectionWorkQuery, t: Translate, days: Days): Waiting[] {
  const services = (data.serviceReferralsToAnswer?.nodes ?? []).map((referral) => ({
    key: `service-${referral.id}`,
    to: `/protection/service-referrals/${referral.id}`,
    primary: t('home.protection.serviceReferral', {
      code: referral.survivorCode,
      agency: referral.holdingAgency.acronym,
    }),
    secondary: t('home.protection.respondBy', { date: days.ofMoment(referral.respondBy) }),
    overdue: referral.overdue,
  }));
  const border = (data.borderReferrals ?? [])
    .filter((referral) => referral.status === 'SENT')
    .map((referral) => ({
      key: `border-${referral.id}`,
      to: `/protection/border-referrals/${referral.id}`,
      primary: t('home.protection.borderReferral', { code: referral.code, agency: referral.senderAgency.acronym }),
      secondary: t('home.protection.sentOn', { date: days.ofMoment(referral.sentAt) }),
      overdue: false,
    }));
  const followUps = (data.followUpCalendar ?? [])
    .filter((followUp) => !followUp.filedAt)
    .map((followUp) => ({
      key: `follow-up-${followUp.id}`,
      to: `/durable-solutions/survivors/${followUp.plan.survivorId}`,
      primary: t('home.protection.followUp', { code: followUp.plan.survivorCode }),
      secondary: t('home.protection.dueOn', { date: days.ofDate(followUp.dueOn) }),
      overdue: followUp.overdue,
    }));
  const all = [...services, ...border, ...followUps];
  return [...all.filter((item) => item.overdue), ...all.filter((item) => !item.overdue)];
}
