import { useLazyQuery, useQuery } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import type { AnyMongoAbility } from '@casl/ability';
import {
  Alert,
  Box,
  Button,
  Chip,
  FormControlLabel,
  LinearProgress,
  MenuItem,
  Paper,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import type { CaseloadFilter, SurvivorCaseStatus, SurvivorVulnerability } from '../../gql/graphql';
import { CaseloadDocument, SurvivorsByDocumentDocument } from '../protection-common/protection.operations';
import { ProtectionPage } from '../protection-common/protection-page';
import { RecordTable } from '../../ui/record-table';
import { STATUSES, translateProtectionError, VULNERABILITIES } from '../protection-common/protection-terms';

const context: EnlaceOperationContext = { handlesErrors: true };

/**
 * The agency's caseload for case workers and protection supervisors: pseudonymous codes first, never names
 * (personal data is shown only on a survivor's page, behind a deliberate action). Filters by status,
 * vulnerability, "assigned to me" and the start of a code; exact search by document number (a blind index on
 * the server: the number is not kept).
 */
export function CaseloadScreen() {
  const { t } = useTranslation();
  const ability = useAbility<AnyMongoAbility>();
  const allowed = ability.can('read', 'Survivor');
  const [status, setStatus] = useState<SurvivorCaseStatus | ''>('OPEN');
  const [vulnerability, setVulnerability] = useState<SurvivorVulnerability | ''>('');
  // The home's "your open cases" figure links here with ?mine=true.
  const [searchParams] = useSearchParams();
  const [mine, setMine] = useState(searchParams.get('mine') === 'true');
  const [codePrefix, setCodePrefix] = useState('');
  const [cursors, setCursors] = useState<string[]>([]);
  const filter: CaseloadFilter = {
    status: status || null,
    vulnerability: vulnerability || null,
    mine: mine || null,
    codePrefix: codePrefix.trim() || null,
  };
  const { data, loading, error, refetch } = useQuery(CaseloadDocument, {
    context,
    skip: !allowed,
    variables: { filter, after: cursors.at(-1) ?? null },
    fetchPolicy: 'network-only',
  });
  const page = data?.caseload;
  const survivors = page?.nodes ?? [];
  const resetPages = () => setCursors([]);

  return (
    <ProtectionPage
      title={t('nav.caseload')}
      intro={t('protection.caseload.intro')}
      allowed={allowed}
      actions={
        ability.can('create', 'Survivor') && (
          <Button variant="contained" component={RouterLink} to="/protection/survivors/new">
            {t('nav.registerSurvivor')}
          </Button>
        )
      }
    >
      <DocumentSearch />
      {/* The theme's fields take the whole width: the filters get theirs so they share a row on wider screens. */}
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        useFlexGap
        sx={{ flexWrap: 'wrap', alignItems: { sm: 'center' } }}
      >
        <TextField
          select
          label={t('protection.caseload.status')}
          value={status}
          onChange={(event) => {
            setStatus(event.target.value as SurvivorCaseStatus | '');
            resetPages();
          }}
          sx={{ width: { xs: '100%', sm: 180 } }}
        >
          <MenuItem value="">{t('protection.caseload.any')}</MenuItem>
          {STATUSES.map((value) => (
            <MenuItem key={value} value={value}>
              {t(`protection.status.${value}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={t('protection.caseload.vulnerability')}
          value={vulnerability}
          onChange={(event) => {
            setVulnerability(event.target.value as SurvivorVulnerability | '');
            resetPages();
          }}
          sx={{ width: { xs: '100%', sm: 260 } }}
        >
          <MenuItem value="">{t('protection.caseload.any')}</MenuItem>
          {VULNERABILITIES.map((value) => (
            <MenuItem key={value} value={value}>
              {t(`protection.vulnerability.${value}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={t('protection.caseload.codePrefix')}
          value={codePrefix}
          sx={{ width: { xs: '100%', sm: 220 } }}
          slotProps={{ htmlInput: { maxLength: 24 } }}
          onChange={(event) => {
            setCodePrefix(event.target.value.toUpperCase());
            resetPages();
          }}
        />
        <FormControlLabel
          control={
            <Switch
              checked={mine}
              onChange={(event) => {
                setMine(event.target.checked);
                resetPages();
              }}
            />
          }
          label={t('protection.caseload.mine')}
        />
      </Stack>
      {loading && <LinearProgress aria-label={t('app.loading')} />}
      {error && (
        <Alert severity="error" action={<Button onClick={() => void refetch()}>{t('connection.retry')}</Button>}>
          {translateProtectionError(error, t).message}
        </Alert>
      )}
      {page && (
        <Typography color="text.secondary">{t('protection.caseload.count', { count: page.totalCount })}</Typography>
      )}
      {!loading && !error && survivors.length === 0 && <Alert severity="info">{t('protection.caseload.empty')}</Alert>}
      {survivors.length > 0 && (
        <RecordTable
          label={t('nav.caseload')}
          rows={survivors}
          rowKey={(survivor) => survivor.id}
          columns={[
            {
              header: t('protection.survivor.code'),
              cell: (survivor) => (
                <>
                  <RouterLink to={`/protection/survivors/${survivor.id}`}>
                    <Box component="span" sx={{ fontFamily: 'monospace', fontWeight: 600, whiteSpace: 'nowrap' }}>
                      {survivor.code}
                    </Box>
                  </RouterLink>
                  {survivor.assignedToMe && (
                    <Chip size="small" color="primary" label={t('protection.caseload.assignedToMe')} sx={{ ml: 1 }} />
                  )}
                </>
              ),
            },
            { header: t('protection.caseload.status'), cell: (survivor) => t(`protection.status.${survivor.status}`) },
            {
              header: t('protection.survivor.vulnerabilities'),
              cell: (survivor) => (
                <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                  {survivor.vulnerabilities.map((value) => (
                    <Chip key={value} size="small" variant="outlined" label={t(`protection.vulnerability.${value}`)} />
                  ))}
                </Stack>
              ),
            },
            {
              header: t('protection.survivor.caseWorker'),
              cell: (survivor) => survivor.caseWorker?.name ?? t('protection.survivor.unassigned'),
            },
          ]}
        />
      )}
      {(cursors.length > 0 || page?.pageInfo.hasNextPage) && (
        <Stack direction="row" spacing={1}>
          {cursors.length > 0 && <Button onClick={resetPages}>{t('protection.caseload.newest')}</Button>}
          {page?.pageInfo.hasNextPage && page.pageInfo.endCursor && (
            <Button onClick={() => setCursors([...cursors, page.pageInfo.endCursor!])}>
              {t('protection.caseload.older')}
            </Button>
          )}
        </Stack>
      )}
    </ProtectionPage>
  );
}

/** Exact search by identity document number within the agency; the answer is codes only. */
function DocumentSearch() {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const [search, { data, loading, error, called }] = useLazyQuery(SurvivorsByDocumentDocument, {
    fetchPolicy: 'no-cache',
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (number.trim()) void search({ variables: { documentNumber: number.trim() }, context });
  };
  const found = data?.survivorsByDocument ?? [];
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="form" onSubmit={submit} role="search">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        <TextField
          label={t('protection.caseload.documentNumber')}
          helperText={t('protection.caseload.documentHelp')}
          value={number}
          autoComplete="off"
          slotProps={{ htmlInput: { maxLength: 60 } }}
          onChange={(event) => setNumber(event.target.value)}
          sx={{ flexGrow: 1 }}
        />
        <Button type="submit" variant="outlined" disabled={loading}>
          {t('protection.caseload.search')}
        </Button>
      </Stack>
      {error && <Alert severity="error">{translateProtectionError(error, t).message}</Alert>}
      {called && !loading && !error && (
        <Box sx={{ mt: 1 }} aria-live="polite">
          {found.length === 0 ? (
            <Typography>{t('protection.caseload.noMatch')}</Typography>
          ) : (
            <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
              {found.map((match) => (
                <Button key={match.id} component={RouterLink} to={`/protection/survivors/${match.id}`} size="small">
                  {match.code}
                </Button>
              ))}
            </Stack>
          )}
        </Box>
      )}
    </Paper>
  );
}
