import WarningIcon from '@mui/icons-material/WarningAmberOutlined';
import { useQuery } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import {
  Button,
  Card,
  CardContent,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { formatDateTime } from '../../dates/format-date-time';
import type { HomeMechanismRunQuery } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import type { EnlaceAbility } from '../../session/ability';
import { useSession } from '../../session/session';
import { localName } from '../referral-inbox/referral-common';
import { HomeMechanismRunDocument, HomeMechanismsRunDocument } from './secretariat-home.generated';

const context: EnlaceOperationContext = { handlesErrors: true };

/**
 * A secretariat's home: each mechanism its agency runs the secretariat of, with the meetings ahead, the past
 * meetings whose minutes are not approved yet, and the actions still open across the member agencies.
 */
export function MechanismsYouRun() {
  const agencyId = useSession().user?.agency.id;
  const runsMeetings = useAbility<EnlaceAbility>().can('create', 'Meeting');
  const { data } = useQuery(HomeMechanismsRunDocument, { context, skip: !runsMeetings });
  const run = (data?.mechanisms ?? []).filter((mechanism) => mechanism.secretariatAgency?.id === agencyId);
  if (!runsMeetings || run.length === 0) return null;
  return (
    <>
      {run.map((mechanism) => (
        <MechanismRun key={mechanism.id} mechanismId={mechanism.id} names={mechanism.names} />
      ))}
    </>
  );
}

type Names = Parameters<typeof localName>[0];
type Meeting = HomeMechanismRunQuery['upcoming'][number];

function MechanismRun({ mechanismId, names }: { mechanismId: string; names: Names }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { data } = useQuery(HomeMechanismRunDocument, {
    variables: { mechanismId },
    context,
    fetchPolicy: 'cache-and-network',
  });
  const name = localName(names, language);
  const headingId = `home-mechanism-${mechanismId}`;
  const counts = data?.followUpBoard.countsByAgency ?? [];
  const open = counts.reduce((sum, count) => sum + count.open, 0);
  const overdue = counts.reduce((sum, count) => sum + count.overdue, 0);
  const unapproved = (data?.recent ?? []).filter((meeting) => meeting.minutesStatus !== 'APPROVED');
  const when = (meeting: Meeting) => formatDateTime(String(meeting.startsAt), language, meeting.timeZone);
  return (
    <Card variant="outlined" component="section" aria-labelledby={headingId}>
      <CardContent>
        <Typography id={headingId} variant="h2" gutterBottom>
          {name}
        </Typography>
        {data && (
          <Stack spacing={1.5}>
            <Typography
              color={overdue > 0 ? 'error' : 'text.secondary'}
              sx={{ display: 'flex', gap: 1, alignItems: 'center' }}
            >
              {overdue > 0 && <WarningIcon aria-hidden />}
              {t('home.secretariat.actions', { open, overdue })}
            </Typography>
            <MeetingList
              title={t('home.secretariat.upcoming')}
              empty={t('home.secretariat.noUpcoming')}
              items={data.upcoming.map((meeting) => ({ meeting, secondary: when(meeting) }))}
            />
            {unapproved.length > 0 && (
              <MeetingList
                title={t('home.secretariat.minutesToApprove')}
                items={unapproved.map((meeting) => ({
                  meeting,
                  secondary: `${when(meeting)} · ${t(`home.secretariat.minutes.${meeting.minutesStatus}`)}`,
                }))}
              />
            )}
            <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
              <Button component={Link} to={`/coordination/mechanisms/${mechanismId}`}>
                {t('home.secretariat.openMechanism')}
              </Button>
              <Button component={Link} to={`/coordination/mechanisms/${mechanismId}/follow-up`}>
                {t('home.secretariat.openBoard')}
              </Button>
            </Stack>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}

function MeetingList(props: { title: string; empty?: string; items: { meeting: Meeting; secondary: string }[] }) {
  return (
    <div>
      <Typography variant="h3" sx={{ fontSize: '1.1rem', fontWeight: 600 }}>
        {props.title}
      </Typography>
      {props.items.length === 0 ? (
        <Typography color="text.secondary">{props.empty}</Typography>
      ) : (
        <List dense disablePadding>
          {props.items.map(({ meeting, secondary }) => (
            <ListItem key={meeting.id} disablePadding>
              <ListItemButton component={Link} to={`/coordination/meetings/${meeting.id}`}>
                <ListItemText primary={meeting.title} secondary={secondary} />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      )}
    </div>
  );
}
