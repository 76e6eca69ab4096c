import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import LockIcon from '@mui/icons-material/LockOutlined';
import WarningIcon from '@mui/icons-material/WarningAmberOutlined';
import { subject, type AnyMongoAbility } from '@casl/ability';
import { useAbility } from '@casl/react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  List,
  ListItem,
  ListItemText,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { showNotice } from '../../api/notices';
import { formatDateTime } from '../../dates/format-date-time';
import {
  AcceptReferralDocument,
  AcknowledgeReferralDocument,
  CloseReferralDocument,
  DeclineReferralDocument,
  PostReferralMessageDocument,
  ReferralConversationDocument,
  ReferralDetailDocument,
  SendReferralDocument,
  StartReferralDocument,
  WithdrawReferralDocument,
  type ReferralDetailFieldsFragment,
  type ReferralOutcome,
  type ReferralStatus,
} from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { NotFoundScreen } from '../not-found/not-found-screen';
import {
  formatLocalDate,
  isNotFound,
  localName,
  newIdempotencyKey,
  StatusChip,
  translateReferralError,
  UrgencyChip,
} from '../referral-inbox/referral-common';

const context: EnlaceOperationContext = { handlesErrors: true };
const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Action = 'send' | 'acknowledge' | 'accept' | 'decline' | 'start' | 'close' | 'withdraw';
/** When each step is possible (server/src/modules/referrals/referral.lifecycle.ts); the side comes from CASL. */
const ACTION_FROM: Record<Action, ReferralStatus[]> = {
  send: ['DRAFT'],
  acknowledge: ['SENT'],
  accept: ['ACKNOWLEDGED'],
  decline: ['ACKNOWLEDGED'],
  start: ['ACCEPTED'],
  close: ['IN_PROGRESS'],
  withdraw: ['SENT', 'ACKNOWLEDGED'],
};
const ACTIONS = Object.keys(ACTION_FROM) as Action[];
const OUTCOMES: ReferralOutcome[] = [
  'ARRESTS_MADE',
  'VICTIMS_ASSISTED',
  'MIGRANTS_RESCUED',
  'INFORMATION_PROVIDED',
  'INVESTIGATION_OPENED',
  'NO_FURTHER_ACTION',
];

/** One referral: header, parties, the case, persons involved, history, the steps open now, and the conversation. */
export function ReferralDetailScreen() {
  const { id = '' } = useParams();
  // A malformed address is a link cut short: the same page as a referral the caller may not read.
  if (!ID_PATTERN.test(id)) return <NotFoundScreen />;
  return <ReferralDetail id={id} />;
}

function ReferralDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ReferralDetailDocument, { variables: { id }, context });
  if (isNotFound(error)) return <NotFoundScreen />;
  if (loading && !data) return <LinearProgress aria-label={t('referrals.detail.loading')} />;
  if (!data) {
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => void refetch()}>
            {t('referrals.retry')}
          </Button>
        }
      >
        {translateReferralError(error, t)}
      </Alert>
    );
  }
  return <ReferralView referral={data.referral} />;
}

function ReferralView({ referral }: { referral: ReferralDetailFieldsFragment }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone, user } = useSession();
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso, language, timeZone) : '—');
  const weSend = user?.agency.id === referral.sendingAgency.id;
  const agencyLine = (agency: ReferralDetailFieldsFragment['sendingAgency']) =>
    `${agency.name} (${agency.acronym}) · ${localName(agency.country.names, language)}`;

  return (
    <Stack spacing={2.5} sx={{ maxWidth: 1100 }}>
      <Box>
        <Button
          component={Link}
          to={weSend ? '/referrals/outbox' : '/referrals/inbox'}
          startIcon={<ArrowBackIcon />}
          size="small"
        >
          {t('referrals.detail.back')}
        </Button>
      </Box>
      <Box component="header">
        <Typography color="text.secondary" sx={{ fontFamily: 'monospace' }}>
          {referral.reference ?? t('referrals.detail.unsentReference')}
        </Typography>
        <Typography variant="h1" sx={{ mb: 1 }}>
          {referral.title}
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          <StatusChip status={referral.status} />
          <UrgencyChip urgency={referral.urgency} />
          {referral.overdue && (
            <Chip size="small" color="error" icon={<WarningIcon />} label={t('referrals.overdue')} />
          )}
          <Typography variant="body2" color="text.secondary">
            {t(`referrals.category.${referral.category}`)}
          </Typography>
        </Stack>
        <Box component="dl" sx={{ ...definitionList, mt: 2 }}>
          <dt>{t('referrals.fields.sentAt')}</dt>
          <dd>{when(referral.sentAt)}</dd>
          <dt>{t('referrals.fields.acknowledgeBy')}</dt>
          <dd>{when(referral.acknowledgeBy)}</dd>
          <dt>{t('referrals.fields.answerBy')}</dt>
          <dd>{when(referral.answerBy)}</dd>
          {referral.statusReason && (
            <>
              <dt>{t('referrals.fields.statusReason')}</dt>
              <dd>{referral.statusReason}</dd>
            </>
          )}
          {referral.outcome && (
            <>
              <dt>{t('referrals.fields.outcome')}</dt>
              <dd>{t(`referrals.outcome.${referral.outcome}`)}</dd>
            </>
          )}
        </Box>
      </Box>

      <ReferralActions referral={referral} />

      <Section title={t('referrals.detail.parties')}>
        <Box component="dl" sx={definitionList}>
          <dt>{t('referrals.detail.sender')}</dt>
          <dd>{agencyLine(referral.sendingAgency)}</dd>
          <dt>{t('referrals.detail.receiver')}</dt>
          <dd>{agencyLine(referral.receivingAgency)}</dd>
          <dt>{t('referrals.fields.mechanism')}</dt>
          <dd>{localName(referral.mechanism.names, language)}</dd>
          {referral.crossingPoint && (
            <>
              <dt>{t('referrals.fields.crossingPoint')}</dt>
              <dd>{referral.crossingPoint.name}</dd>
            </>
          )}
        </Box>
      </Section>

      <Section title={t('referrals.detail.case')}>
        <Typography sx={{ whiteSpace: 'pre-wrap', mb: 2 }}>{referral.narrative}</Typography>
        <Box component="dl" sx={definitionList}>
          <dt>{t('referrals.fields.incidentDate')}</dt>
          <dd>{formatLocalDate(referral.incidentDate, language) || '—'}</dd>
          {referral.placeDescription && (
            <>
              <dt>{t('referrals.fields.placeDescription')}</dt>
              <dd>{referral.placeDescription}</dd>
            </>
          )}
          <dt>{t('referrals.fields.handlingCode')}</dt>
          <dd>{t(`referrals.handlingCode.${referral.handlingCode}`)}</dd>
          <dt>{t('referrals.fields.sourceReliability')}</dt>
          <dd>{t(`referrals.sourceReliability.${referral.sourceReliability}`)}</dd>
          <dt>{t('referrals.fields.informationAccuracy')}</dt>
          <dd>{t(`referrals.informationAccuracy.${referral.informationAccuracy}`)}</dd>
        </Box>
      </Section>

      <Section title={t('referrals.detail.persons')}>
        <PersonsTable persons={referral.persons} />
      </Section>

      <Section title={t('referrals.detail.timeline')}>
        {referral.history.length === 0 ? (
          <Typography color="text.secondary">{t('referrals.detail.noHistory')}</Typography>
        ) : (
          <Box component="ol" sx={{ m: 0, pl: 2.5 }}>
            {referral.history.map((step) => (
              <Box component="li" key={step.id} sx={{ mb: 1.5 }}>
                <Typography sx={{ fontWeight: 600 }}>
                  {t(`referrals.step.${step.action}`, {
                    agency: step.byAgency.acronym,
                    defaultValue: t('referrals.step.other', { action: step.action, agency: step.byAgency.acronym }),
                  })}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {when(step.at)}
                </Typography>
                {step.reason && <Typography variant="body2">{step.reason}</Typography>}
                {step.outcome && <Typography variant="body2">{t(`referrals.outcome.${step.outcome}`)}</Typography>}
                {step.comment && <Typography variant="body2">{step.comment}</Typography>}
              </Box>
            ))}
          </Box>
        )}
      </Section>

      {referral.status !== 'DRAFT' && <Conversation referral={referral} />}
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card variant="outlined" component="section">
      <CardContent>
        <Typography variant="h2" gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

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

function PersonsTable({ persons }: { persons: ReferralDetailFieldsFragment['persons'] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  if (persons.length === 0) return <Typography color="text.secondary">{t('referrals.detail.noPersons')}</Typography>;
  const field = (person: (typeof persons)[number], name: string, value: ReactNode) =>
    person.restrictedFields.includes(name) ? <Restricted /> : (value ?? '—');
  return (
    <TableContainer>
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

function ReferralActions({ referral }: { referral: ReferralDetailFieldsFragment }) {
  const { t } = useTranslation();
  const ability = useAbility<AnyMongoAbility>();
  const [dialog, setDialog] = useState<'decline' | 'withdraw' | 'close' | null>(null);
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<ReferralOutcome | ''>('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const options = { context };
  const [send] = useMutation(SendReferralDocument, options);
  const [acknowledge] = useMutation(AcknowledgeReferralDocument, options);
  const [accept] = useMutation(AcceptReferralDocument, options);
  const [decline] = useMutation(DeclineReferralDocument, options);
  const [start] = useMutation(StartReferralDocument, options);
  const [close] = useMutation(CloseReferralDocument, options);
  const [withdraw] = useMutation(WithdrawReferralDocument, options);

  const caslSubject = subject('Referral', {
    ...referral,
    sendingAgency: { id: referral.sendingAgency.id },
    receivingAgency: { id: referral.receivingAgency.id },
  });
  const allowed = ACTIONS.filter(
    (action) => ACTION_FROM[action].includes(referral.status) && ability.can(action, caslSubject),
  );

  const run = async (action: Action) => {
    setBusy(true);
    setError(undefined);
    const base = { id: referral.id, idempotencyKey: newIdempotencyKey() };
    try {
      if (action === 'send') await send({ variables: base });
      if (action === 'acknowledge') await acknowledge({ variables: base });
      if (action === 'accept') await accept({ variables: base });
      if (action === 'start') await start({ variables: base });
      if (action === 'decline') await decline({ variables: { ...base, reason: reason.trim() } });
      if (action === 'withdraw') await withdraw({ variables: { ...base, reason: reason.trim() } });
      if (action === 'close' && outcome) await close({ variables: { ...base, outcome } });
      setDialog(null);
      setReason('');
      setOutcome('');
      showNotice(t(`referrals.actionDone.${action}`), 'success');
    } catch (caught) {
      setError(translateReferralError(caught, t));
    } finally {
      setBusy(false);
    }
  };
  const onClick = (action: Action) => {
    if (action === 'decline' || action === 'withdraw' || action === 'close') {
      setError(undefined);
      setDialog(action);
    } else void run(action);
  };
  const dialogReady = dialog === 'close' ? outcome !== '' : reason.trim() !== '';

  return (
    <Card variant="outlined" component="section" aria-label={t('referrals.detail.actions')}>
      <CardContent>
        <Typography variant="h2" gutterBottom>
          {t('referrals.detail.actions')}
        </Typography>
        {allowed.length === 0 ? (
          <Typography color="text.secondary">{t('referrals.detail.noActions')}</Typography>
        ) : (
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {allowed.map((action) => (
              <Button
                key={action}
                variant={action === 'decline' || action === 'withdraw' ? 'outlined' : 'contained'}
                color={action === 'decline' || action === 'withdraw' ? 'error' : 'primary'}
                disabled={busy}
                onClick={() => onClick(action)}
              >
                {t(`referrals.action.${action}`)}
              </Button>
            ))}
          </Stack>
        )}
        {error && !dialog && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
      </CardContent>
      <Dialog open={dialog !== null} onClose={() => setDialog(null)} fullWidth maxWidth="sm">
        {dialog && (
          <Box
            component="form"
            onSubmit={(event) => {
              event.preventDefault();
              if (dialogReady) void run(dialog);
            }}
          >
            <DialogTitle>{t(`referrals.action.${dialog}`)}</DialogTitle>
            <DialogContent>
              {dialog === 'close' ? (
                <TextField
                  select
                  fullWidth
                  required
                  margin="dense"
                  label={t('referrals.fields.outcome')}
                  value={outcome}
                  onChange={(event) => setOutcome(event.target.value as ReferralOutcome)}
                >
                  {OUTCOMES.map((which) => (
                    <MenuItem key={which} value={which}>
                      {t(`referrals.outcome.${which}`)}
                    </MenuItem>
                  ))}
                </TextField>
              ) : (
                <TextField
                  autoFocus
                  fullWidth
                  required
                  multiline
                  minRows={3}
                  margin="dense"
                  label={t('referrals.fields.reason')}
                  helperText={t('referrals.validation.reason')}
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                />
              )}
              {error && (
                <Alert severity="error" sx={{ mt: 2 }}>
                  {error}
                </Alert>
              )}
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setDialog(null)}>{t('referrals.detail.cancel')}</Button>
              <Button type="submit" variant="contained" disabled={busy || !dialogReady}>
                {t('referrals.detail.confirm')}
              </Button>
            </DialogActions>
          </Box>
        )}
      </Dialog>
    </Card>
  );
}

function Conversation({ referral }: { referral: ReferralDetailFieldsFragment }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  const { data, error, refetch } = useQuery(ReferralConversationDocument, {
    variables: { referralId: referral.id },
    context,
  });
  const [post, { loading: posting }] = useMutation(PostReferralMessageDocument, { context });
  const [body, setBody] = useState('');
  const [postError, setPostError] = useState<string>();
  const acronymOf = (agencyId: string) =>
    [referral.sendingAgency, referral.receivingAgency].find((agency) => agency.id === agencyId)?.acronym ?? '';

  const submit = async () => {
    setPostError(undefined);
    try {
      await post({ variables: { input: { referralId: referral.id, body: body.trim() } } });
      setBody('');
      showNotice(t('referrals.detail.messageSent'), 'success');
      await refetch();
    } catch (caught) {
      setPostError(translateReferralError(caught, t));
    }
  };

  return (
    <Section title={t('referrals.detail.conversation')}>
      {error && !data && <Alert severity="warning">{t('referrals.detail.conversationUnavailable')}</Alert>}
      {data && data.referralMessages.length === 0 && (
        <Typography color="text.secondary">{t('referrals.detail.noMessages')}</Typography>
      )}
      {data && data.referralMessages.length > 0 && (
        <List dense>
          {data.referralMessages.map((message) => (
            <ListItem key={message.id} disableGutters>
              <ListItemText
                primary={message.body}
                secondary={`${acronymOf(message.authorAgencyId)} · ${formatDateTime(message.createdAt, language, timeZone)}`}
                slotProps={{ primary: { sx: { whiteSpace: 'pre-wrap' } } }}
              />
            </ListItem>
          ))}
        </List>
      )}
      {data && (
        <Box
          component="form"
          sx={{ mt: 2 }}
          onSubmit={(event) => {
            event.preventDefault();
            if (body.trim()) void submit();
          }}
        >
          <TextField
            fullWidth
            multiline
            minRows={2}
            label={t('referrals.detail.message')}
            value={body}
            onChange={(event) => setBody(event.target.value)}
          />
          {postError && (
            <Alert severity="error" sx={{ mt: 1 }}>
              {postError}
            </Alert>
          )}
          <Button type="submit" variant="outlined" sx={{ mt: 1 }} disabled={posting || !body.trim()}>
            {t('referrals.detail.sendMessage')}
          </Button>
        </Box>
      )}
    </Section>
  );
}

const definitionList = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
  columnGap: 3,
  rowGap: 0.75,
  m: 0,
  '& dt': { color: 'text.secondary' },
  '& dd': { m: 0, overflowWrap: 'anywhere' },
} as const;
