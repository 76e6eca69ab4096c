import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import type { AnyMongoAbility } from '@casl/ability';
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Link,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import VisibilityIcon from '@mui/icons-material/VisibilityOutlined';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOffOutlined';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { showNotice } from '../../api/notices';
import { formatDateTime } from '../../dates/format-date-time';
import { Section } from '../../forms/section';
import type { SurvivorClosureReason, SurvivorPersonalDataQuery, SurvivorQuery } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import {
  AssignSurvivorCaseDocument,
  CaseloadColleaguesDocument,
  CloseSurvivorCaseDocument,
  ReopenSurvivorCaseDocument,
  SurvivorDocument,
  SurvivorPersonalDataDocument,
} from '../protection-common/protection.operations';
import { ProtectionPage } from '../protection-common/protection-page';
import { CLOSURE_REASONS, translateProtectionError } from '../protection-common/protection-terms';
import { ConsentSection } from './consent-section';
import { ScreeningSection } from './screening-section';
import { ServiceReferralsSection } from './service-referrals-section';

const context: EnlaceOperationContext = { handlesErrors: true };
type Survivor = SurvivorQuery['survivor'];
type PersonalData = SurvivorPersonalDataQuery['survivor'];

/**
 * A survivor's page: the pseudonymous code first, the case (status, vulnerabilities, who is assigned), and the
 * personal data only behind a deliberate "show" (each showing is a new, audited read; nothing is cached in the
 * browser: the answer lives in this page's memory and is gone with it).
 */
export function SurvivorScreen() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const ability = useAbility<AnyMongoAbility>();
  const allowed = ability.can('read', 'Survivor');
  const { data, loading, error, refetch } = useQuery(SurvivorDocument, {
    context,
    skip: !allowed,
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const survivor = data?.survivor;
  return (
    <ProtectionPage title={survivor?.code ?? t('nav.survivor')} allowed={allowed}>
      {loading && <LinearProgress aria-label={t('app.loading')} />}
      {error && <Alert severity="error">{translateProtectionError(error, t).message}</Alert>}
      {survivor && (
        <>
          <CaseSection survivor={survivor} onChanged={() => void refetch()} />
          <PersonalDataSection survivor={survivor} />
          <ConsentSection survivorId={survivor.id} mayRecord={survivor.assignedToMe} />
          {ability.can('read', 'DurablePlan') && (
            <Box>
              <Link component={RouterLink} to={`/durable-solutions/survivors/${survivor.id}`}>
                {t('nav.durablePlan')}
              </Link>
            </Box>
          )}
          <ServiceReferralsSection
            survivorId={survivor.id}
            mayRefer={survivor.assignedToMe && survivor.status === 'OPEN' && ability.can('refer', 'Survivor')}
          />
          <ScreeningSection
            survivorId={survivor.id}
            mayScreen={survivor.assignedToMe && ability.can('screen', 'Survivor')}
          />
        </>
      )}
    </ProtectionPage>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="div">{children}</Typography>
    </Box>
  );
}

function CaseSection({ survivor, onChanged }: { survivor: Survivor; onChanged: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  const ability = useAbility<AnyMongoAbility>();
  const [assigning, setAssigning] = useState(false);
  const [closing, setClosing] = useState(false);
  const [reopen, reopening] = useMutation(ReopenSurvivorCaseDocument, { context });
  const reopenCase = async () => {
    try {
      await reopen({ variables: { id: survivor.id } });
      showNotice(t('protection.survivor.reopened'), 'success');
      onChanged();
    } catch (failure) {
      showNotice(translateProtectionError(failure, t).message, 'error');
    }
  };
  return (
    <Section title={t('protection.survivor.case')}>
      <Stack spacing={2}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={3} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Fact label={t('protection.survivor.code')}>
            <Box component="span" sx={{ fontFamily: 'monospace', fontWeight: 600 }}>
              {survivor.code}
            </Box>
          </Fact>
          <Fact label={t('protection.caseload.status')}>
            {t(`protection.status.${survivor.status}`)}
            {survivor.closureReason && ` — ${t(`protection.closureReason.${survivor.closureReason}`)}`}
          </Fact>
          <Fact label={t('protection.survivor.registeredAt')}>
            {formatDateTime(survivor.registeredAt, language, timeZone)}
          </Fact>
          <Fact label={t('protection.survivor.caseWorker')}>
            {survivor.caseWorker?.name ?? t('protection.survivor.unassigned')}
          </Fact>
          <Fact label={t('protection.survivor.supervisor')}>
            {survivor.supervisor?.name ?? t('protection.survivor.unassigned')}
          </Fact>
        </Stack>
        <Fact label={t('protection.survivor.vulnerabilities')}>
          {survivor.vulnerabilities.length === 0 ? (
            t('protection.survivor.none')
          ) : (
            <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
              {survivor.vulnerabilities.map((value) => (
                <Chip key={value} size="small" label={t(`protection.vulnerability.${value}`)} />
              ))}
            </Stack>
          )}
        </Fact>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {ability.can('assign', 'Survivor') && (
            <Button variant="outlined" onClick={() => setAssigning(true)}>
              {t('protection.survivor.assign')}
            </Button>
          )}
          {survivor.assignedToMe && survivor.status === 'OPEN' && (
            <Button variant="outlined" onClick={() => setClosing(true)}>
              {t('protection.survivor.close')}
            </Button>
          )}
          {survivor.assignedToMe && survivor.status === 'CLOSED' && (
            <Button variant="outlined" disabled={reopening.loading} onClick={() => void reopenCase()}>
              {t('protection.survivor.reopen')}
            </Button>
          )}
        </Stack>
      </Stack>
      {assigning && (
        <AssignDialog
          survivor={survivor}
          onClose={(done) => {
            setAssigning(false);
            if (done) onChanged();
          }}
        />
      )}
      {closing && (
        <CloseDialog
          survivor={survivor}
          onClose={(done) => {
            setClosing(false);
            if (done) onChanged();
          }}
        />
      )}
    </Section>
  );
}

function PersonalDataSection({ survivor }: { survivor: Survivor }) {
  const { t } = useTranslation();
  const mayRead = !survivor.restrictedFields.includes('givenNames');
  // No cache: personal data is kept in this component's memory only, and asked again at every "show".
  const [load, { data, loading, error }] = useLazyQuery(SurvivorPersonalDataDocument, { fetchPolicy: 'no-cache' });
  const [shown, setShown] = useState(false);
  const personal = shown ? data?.survivor : undefined;
  return (
    <Section title={t('protection.survivor.personalData')}>
      {!mayRead ? (
        <Alert severity="info">{t('protection.survivor.needToKnow')}</Alert>
      ) : !shown ? (
        <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
          <Typography color="text.secondary">{t('protection.survivor.showExplained')}</Typography>
          <Button
            variant="contained"
            startIcon={<VisibilityIcon />}
            onClick={() => {
              setShown(true);
              void load({ variables: { id: survivor.id }, context });
            }}
          >
            {t('protection.survivor.show')}
          </Button>
        </Stack>
      ) : (
        <Stack spacing={2}>
          <Box>
            <Button startIcon={<VisibilityOffIcon />} onClick={() => setShown(false)}>
              {t('protection.survivor.hide')}
            </Button>
          </Box>
          {loading && <LinearProgress aria-label={t('app.loading')} />}
          {error && <Alert severity="error">{translateProtectionError(error, t).message}</Alert>}
          {personal && <PersonalDataView personal={personal} />}
        </Stack>
      )}
    </Section>
  );
}

function PersonalDataView({ personal }: { personal: PersonalData }) {
  const { t } = useTranslation();
  const none = t('protection.survivor.none');
  const list = (values: readonly string[] | null | undefined) => (values?.length ? values.join(', ') : none);
  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={3} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Fact label={t('protection.field.givenNames')}>{personal.givenNames ?? none}</Fact>
        <Fact label={t('protection.field.familyNames')}>{personal.familyNames ?? none}</Fact>
        <Fact label={t('protection.field.aliases')}>{list(personal.aliases)}</Fact>
        <Fact label={t('protection.field.age')}>
          {personal.dateOfBirth
            ? String(personal.dateOfBirth)
            : personal.estimatedAge !== null && personal.estimatedAge !== undefined
              ? t('protection.survivor.estimatedAge', { age: personal.estimatedAge })
              : none}
        </Fact>
        <Fact label={t('protection.field.sex')}>{personal.sex ? t(`protection.sex.${personal.sex}`) : none}</Fact>
        <Fact label={t('protection.field.genderIdentity')}>{personal.genderIdentity ?? none}</Fact>
        <Fact label={t('protection.field.nationality')}>{personal.nationality ?? none}</Fact>
        <Fact label={t('protection.field.languages')}>{list(personal.languages)}</Fact>
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={3} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Fact label={t('protection.field.documents')}>
          {personal.identityDocuments?.length
            ? personal.identityDocuments.map((document) => (
                <div key={`${document.kind}-${document.number}`}>
                  {t(`protection.documentKind.${document.kind}`, { defaultValue: document.kind })}: {document.number}
                  {document.issuingCountry && ` (${document.issuingCountry})`}
                </div>
              ))
            : none}
        </Fact>
        <Fact label={t('protection.field.phones')}>{list(personal.phones)}</Fact>
        <Fact label={t('protection.field.email')}>{personal.email ?? none}</Fact>
        <Fact label={t('protection.field.currentLocation')}>{personal.currentLocation ?? none}</Fact>
      </Stack>
      <Fact label={t('protection.field.exploitations')}>
        {personal.exploitations?.length
          ? personal.exploitations.map((item, index) => (
              <Box key={index} sx={{ mb: 1 }}>
                <strong>{t(`protection.exploitation.${item.kind}`)}</strong>
                {[item.place, item.countryCode].filter(Boolean).length > 0 &&
                  ` — ${[item.place, item.countryCode].filter(Boolean).join(', ')}`}
                {item.startedOn || item.endedOn
                  ? ` (${String(item.startedOn ?? '…')} – ${String(item.endedOn ?? '…')})`
                  : null}
                {item.notes && <Typography variant="body2">{item.notes}</Typography>}
              </Box>
            ))
          : none}
      </Fact>
    </Stack>
  );
}

function AssignDialog({ survivor, onClose }: { survivor: Survivor; onClose: (done: boolean) => void }) {
  const { t } = useTranslation();
  const { data } = useQuery(CaseloadColleaguesDocument, {
    context,
    variables: { agencyId: survivor.holdingAgency.id },
  });
  const [assign, { loading }] = useMutation(AssignSurvivorCaseDocument, { context });
  const [caseWorkerId, setCaseWorkerId] = useState(survivor.caseWorker?.id ?? '');
  const [supervisorId, setSupervisorId] = useState(survivor.supervisor?.id ?? '');
  const [problem, setProblem] = useState<string>();
  const colleagues = (data?.users.nodes ?? []).filter((user) => user.active);
  const withRole = (role: string) => colleagues.filter((user) => user.roles.includes(role as never));
  const save = async () => {
    try {
      await assign({
        variables: { input: { survivorId: survivor.id, caseWorkerId, supervisorId: supervisorId || null } },
      });
      showNotice(t('protection.survivor.assigned'), 'success');
      onClose(true);
    } catch (failure) {
      const message = translateProtectionError(failure, t);
      setProblem(Object.values(message.fields)[0] ?? message.message);
    }
  };
  return (
    <Dialog open onClose={() => onClose(false)} fullWidth maxWidth="sm">
      <DialogTitle>{t('protection.survivor.assignTitle', { code: survivor.code })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {problem && <Alert severity="error">{problem}</Alert>}
          <TextField
            select
            label={t('protection.survivor.caseWorker')}
            value={caseWorkerId}
            onChange={(event) => setCaseWorkerId(event.target.value)}
          >
            {withRole('CASE_WORKER').map((user) => (
              <MenuItem key={user.id} value={user.id}>
                {user.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label={t('protection.survivor.supervisor')}
            value={supervisorId}
            onChange={(event) => setSupervisorId(event.target.value)}
          >
            <MenuItem value="">{t('protection.survivor.unassigned')}</MenuItem>
            {withRole('PROTECTION_SUPERVISOR').map((user) => (
              <MenuItem key={user.id} value={user.id}>
                {user.name}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(false)}>{t('protection.cancel')}</Button>
        <Button variant="contained" disabled={loading || !caseWorkerId} onClick={() => void save()}>
          {t('protection.survivor.assign')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function CloseDialog({ survivor, onClose }: { survivor: Survivor; onClose: (done: boolean) => void }) {
  const { t } = useTranslation();
  const [close, { loading }] = useMutation(CloseSurvivorCaseDocument, { context });
  const [reason, setReason] = useState<SurvivorClosureReason | ''>('');
  const [problem, setProblem] = useState<string>();
  const save = async () => {
    if (!reason) return;
    try {
      await close({ variables: { id: survivor.id, reason } });
      showNotice(t('protection.survivor.closed'), 'success');
      onClose(true);
    } catch (failure) {
      setProblem(translateProtectionError(failure, t).message);
    }
  };
  return (
    <Dialog open onClose={() => onClose(false)} fullWidth maxWidth="sm">
      <DialogTitle>{t('protection.survivor.closeTitle', { code: survivor.code })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {problem && <Alert severity="error">{problem}</Alert>}
          <TextField
            select
            required
            label={t('protection.survivor.closureReason')}
            value={reason}
            onChange={(event) => setReason(event.target.value as SurvivorClosureReason)}
          >
            {CLOSURE_REASONS.map((value) => (
              <MenuItem key={value} value={value}>
                {t(`protection.closureReason.${value}`)}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(false)}>{t('protection.cancel')}</Button>
        <Button variant="contained" disabled={loading || !reason} onClick={() => void save()}>
          {t('protection.survivor.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
