import { useQuery } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import { Button, Card, CardContent, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import type { EnlaceAbility } from '../../session/ability';
import { HomeOwnerAccessDocument } from './owner-access.generated';

const context: EnlaceOperationContext = { handlesErrors: true };
const DAYS = 7;

/**
 * An auditor's home: how often other agencies read or changed the agency's records in the last week, from how
 * many agencies and on how many records, with the owner's view of the trail one click away.
 */
export function OwnerAccess() {
  const { t } = useTranslation();
  const audits = useAbility<EnlaceAbility>().can('read', 'AuditEvent');
  // Computed once per visit: a new `from` on every render would ask again each time.
  const from = useMemo(() => new Date(Date.now() - DAYS * 86_400_000).toISOString(), []);
  const { data } = useQuery(HomeOwnerAccessDocument, {
    variables: { from },
    context,
    skip: !audits,
    fetchPolicy: 'cache-and-network',
  });
  if (!audits || !data) return null;
  const events = data.dataOwnerAccessLog.edges.map((edge) => edge.node);
  const agencies = new Set(events.map((event) => event.actorAgencyId)).size;
  const records = new Set(events.map((event) => event.entityId)).size;
  return (
    <Card variant="outlined" component="section" aria-labelledby="home-owner-access">
      <CardContent>
        <Typography id="home-owner-access" variant="h2" gutterBottom>
          {t('home.ownerAccess.title', { days: DAYS })}
        </Typography>
        <Typography color="text.secondary" gutterBottom>
          {events.length === 0
            ? t('home.ownerAccess.none')
            : t('home.ownerAccess.summary', {
                count: events.length,
                more: String(data.dataOwnerAccessLog.pageInfo.hasNextPage),
                agencies,
                records,
              })}
        </Typography>
        <Button component={Link} to="/audit?view=owner">
          {t('home.ownerAccess.open')}
        </Button>
      </CardContent>
    </Card>
  );
}
