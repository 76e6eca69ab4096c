import { useQuery } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import { Card, CardContent, List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { formatDay } from '../../dates/format-date-time';
import { useLanguage } from '../../i18n/use-language';
import type { EnlaceAbility } from '../../session/ability';
import { useSession } from '../../session/session';
import { HomeAdministrationWorkDocument } from './administration-home.generated';

const context: EnlaceOperationContext = { handlesErrors: true };

/**
 * An administrator's home: the role requests of their agency that wait for a second administrator (theirs to
 * decide, or their own waiting for a colleague: four eyes, ADR on role grants) and, for the platform's operators,
 * the background jobs (mails, timers) that failed for good. Each line opens the screen where it is settled.
 */
export function AdministrationWork() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  const ability = useAbility<EnlaceAbility>();
  const variables = {
    decidesRoleGrants: ability.can('decide', 'RoleGrantRequest'),
    readsFailedJobs: ability.can('read', 'FailedJob'),
  };
  const asked = variables.decidesRoleGrants || variables.readsFailedJobs;
  const { data } = useQuery(HomeAdministrationWorkDocument, {
    variables,
    context,
    skip: !asked,
    fetchPolicy: 'cache-and-network',
  });
  if (!asked || !data) return null;
  const requests = data.roleGrantRequests ?? [];
  const toDecide = requests.filter((request) => !request.requestedByMe);
  const mine = requests.length - toDecide.length;
  const failed = data.failedJobs?.nodes.length ?? 0;
  const lines = [
    ...toDecide.map((request) => ({
      key: request.id,
      to: '/admin/users',
      primary: t('home.administration.roleRequest', { name: request.userName ?? request.apiTokenName ?? '' }),
      secondary: t('home.administration.requestedOn', {
        date: formatDay(String(request.requestedAt), language, timeZone),
      }),
    })),
    ...(mine > 0 ? [{ key: 'mine', to: '/admin/users', primary: t('home.administration.mine', { count: mine }) }] : []),
    ...(failed > 0
      ? [
          {
            key: 'failed',
            to: '/admin/failed-jobs',
            primary: t('home.administration.failedJobs', {
              count: failed,
              more: String(data.failedJobs?.pageInfo.hasNextPage),
            }),
          },
        ]
      : []),
  ];
  return (
    <Card variant="outlined" component="section" aria-labelledby="home-administration">
      <CardContent>
        <Typography id="home-administration" variant="h2" gutterBottom>
          {t('home.administration.title')}
        </Typography>
        {lines.length === 0 ? (
          <Typography color="text.secondary">{t('home.administration.nothing')}</Typography>
        ) : (
          <List dense disablePadding>
            {lines.map((line) => (
              <ListItem key={line.key} disablePadding>
                <ListItemButton component={Link} to={line.to}>
                  <ListItemText primary={line.primary} secondary={'secondary' in line ? line.secondary : undefined} />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
}
