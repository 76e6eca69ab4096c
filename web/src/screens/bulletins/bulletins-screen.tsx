import { useAbility } from '@casl/react';
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Chip,
  FormControlLabel,
  LinearProgress,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../dates/format-date-time';
import type { BulletinKind } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import type { EnlaceAbility } from '../../session/ability';
import { useSession } from '../../session/session';
import { localName } from '../referral-inbox/referral-common';
import { BULLETIN_KINDS, BULLETIN_LIMITS, textIn, translateBulletinError } from './bulletin-errors';
import { BulletinMechanismsDocument, BulletinsDocument } from './bulletins.generated';

/**
 * The bulletins of the user's mechanisms (docs/adr/0037-bulletins.md): valid now by default, searchable in the four
 * languages, filtered by kind and crossing point; drafts of the user's agency (and, for the secretariat, all
 * drafts) are listed first.
 */
export function BulletinsScreen() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { timeZone } = useSession();
  const ability = useAbility<EnlaceAbility>();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState('');
  const [crossingPointId, setCrossingPointId] = useState('');
  const [validNow, setValidNow] = useState(true);
  const mechanisms = useQuery(BulletinMechanismsDocument, { context: { handlesErrors: true } });
  const { data, loading, error } = useQuery(BulletinsDocument, {
    variables: {
      search: search || null,
      kind: (kind || null) as BulletinKind | null,
      crossingPointId: crossingPointId || null,
      validNow,
    },
    context: { handlesErrors: true },
    fetchPolicy: 'cache-and-network',
  });
  const crossingPoints = (mechanisms.data?.mechanisms ?? []).flatMap((mechanism) => mechanism.crossingPoints);
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setSearch(typed.trim());
  };
  const bulletins = data?.bulletins ?? [];
  return (
    <Stack spacing={2.5} sx={{ maxWidth: 1000 }}>
      <header>
        <Typography variant="h1">{t('checks.bulletins.title')}</Typography>
        <Typography color="text.secondary">{t('checks.bulletins.intro')}</Typography>
      </header>
      {ability.can('create', 'Bulletin') && (
        <Box>
          <Button component={Link} to="/bulletins/new" variant="contained">
            {t('checks.bulletins.new')}
          </Button>
        </Box>
      )}
      <Box
        component="form"
        role="search"
        onSubmit={onSearch}
        sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}
      >
        <TextField
          label={t('checks.bulletins.search')}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          slotProps={{ htmlInput: { maxLength: BULLETIN_LIMITS.search } }}
          size="small"
          sx={{ flex: '1 1 240px' }}
        />
        <Button type="submit" variant="outlined">
          {t('checks.bulletins.searchButton')}
        </Button>
      </Box>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: { sm: 'center' } }}>
        <TextField
          select
          size="small"
          label={t('checks.bulletins.field.kind')}
          value={kind}
          onChange={(event) => setKind(event.target.value)}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          sx={{ minWidth: 220 }}
        >
          <MenuItem value="">{t('checks.bulletins.allKinds')}</MenuItem>
          {BULLETIN_KINDS.map((value) => (
            <MenuItem key={value} value={value}>
              {t(`checks.bulletins.kind.${value}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('checks.bulletins.field.crossingPoint')}
          value={crossingPointId}
          onChange={(event) => setCrossingPointId(event.target.value)}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          sx={{ minWidth: 220 }}
        >
          <MenuItem value="">{t('checks.bulletins.allCrossingPoints')}</MenuItem>
          {crossingPoints.map((point) => (
            <MenuItem key={point.id} value={point.id}>
              {point.name}
            </MenuItem>
          ))}
        </TextField>
        <FormControlLabel
          control={<Checkbox checked={validNow} onChange={(event) => setValidNow(event.target.checked)} />}
          label={t('checks.bulletins.validNowOnly')}
        />
      </Stack>
      {loading && !data && <LinearProgress aria-label={t('checks.loading')} />}
      {error && <Alert severity="error">{translateBulletinError(error, t).message}</Alert>}
      {data && bulletins.length === 0 && <Typography color="text.secondary">{t('checks.bulletins.empty')}</Typography>}
      <Stack
        component="ul"
        spacing={1.5}
        aria-label={t('checks.bulletins.listLabel')}
        sx={{ listStyle: 'none', p: 0, m: 0 }}
      >
        {bulletins.map((bulletin) => {
          const text = textIn(bulletin.texts, language);
          return (
            <Paper component="li" variant="outlined" key={bulletin.id} sx={{ p: 2 }}>
              <Typography variant="h2" sx={{ fontSize: '1.1rem', mb: 0.5 }} lang={text?.language}>
                <Link to={`/bulletins/${bulletin.id}`}>{text?.title}</Link>
              </Typography>
              <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 0.5 }}>
                <Chip size="small" label={t(`checks.bulletins.kind.${bulletin.kind}`)} />
                {bulletin.status === 'DRAFT' && (
                  <Chip size="small" color="warning" label={t('checks.bulletins.status.DRAFT')} />
                )}
                {!bulletin.validNow && <Chip size="small" variant="outlined" label={t('checks.bulletins.notValid')} />}
                {bulletin.acknowledgedByMyAgencyAt && (
                  <Chip size="small" color="success" variant="outlined" label={t('checks.bulletins.acknowledged')} />
                )}
                {bulletin.crossingPoint && <Chip size="small" variant="outlined" label={bulletin.crossingPoint.name} />}
              </Stack>
              <Typography variant="body2" color="text.secondary">
                {localName(bulletin.mechanism.names as never, language)} ·{' '}
                {t('checks.bulletins.validUntil', {
                  date: formatDateTime(bulletin.validUntil as string, language, timeZone),
                })}
              </Typography>
            </Paper>
          );
        })}
      </Stack>
    </Stack>
  );
}
