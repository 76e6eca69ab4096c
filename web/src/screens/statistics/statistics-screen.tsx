import { useQuery } from '@apollo/client/react';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Alert,
  Box,
  Button,
  LinearProgress,
  Stack,
  Tab,
  Tabs,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { translateApiError } from '../../api/translate-api-error';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { labelMaker } from './figure-labels';
import { CoordinationFigures } from './coordination-figures';
import { DataQuality } from './data-quality';
import { ProtectionFigures } from './protection-figures';
import { ReferralFigures } from './referral-figures';
import { StatisticsFilters } from './statistics-filters';
import {
  EXPORT_FORMATS,
  exportHref,
  inputOf,
  mayDownloadCases,
  paramsOf,
  requestFrom,
  type StatisticsRequest,
} from './statistics-request';
import { StatisticsMechanismsDocument } from './statistics.operations';

/**
 * Figures per border, mechanism and period, as tables with bars: for the agency (its own referrals), a
 * mechanism it belongs to, or the region (statisticians). Everything shown has passed the server's disclosure
 * control; the request is in the address, so a table can be linked to and comes back with the back button.
 */
export function StatisticsScreen() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { user } = useSession();
  const roles = user?.roles ?? [];
  const [params, setParams] = useSearchParams();
  const request = requestFrom(params, roles);
  const mechanisms = useQuery(StatisticsMechanismsDocument);
  const list = mechanisms.data?.statisticsMechanisms ?? [];
  // On a phone the four parts are tabs (one shown at a time) and the filters fold away: the page all at once was
  // about 10,000 px tall at 390 px. The part shown is in the address, like the filters.
  const phone = useMediaQuery(useTheme().breakpoints.down('sm'), { noSsr: true });
  const shownParam = params.get('section');
  const shown: Part = PARTS.find((part) => part === shownParam) ?? 'referrals';
  const change = (next: StatisticsRequest) =>
    setParams({ ...paramsOf(next), ...(shownParam ? { section: shown } : {}) }, { replace: true });
  const show = (part: Part) => setParams({ ...paramsOf(request), section: part }, { replace: true });
  const input = inputOf(request);
  const label = labelMaker(t, language, list);
  // Only roles that open referrals get the lists behind figures (a statistician reads figures only).
  const canOpen = roles.some((role) => role !== 'STATISTICIAN');
  return (
    <Stack spacing={2}>
      <div>
        <Typography variant="h1">{t('statistics.title')}</Typography>
        <Typography color="text.secondary">{t('statistics.intro')}</Typography>
      </div>
      {phone ? (
        <Accordion variant="outlined" disableGutters>
          <AccordionSummary
            expandIcon={<ExpandMoreIcon />}
            aria-controls="statistics-filters"
            id="statistics-filters-summary"
          >
            <Typography>{t('statistics.filters')}</Typography>
          </AccordionSummary>
          <AccordionDetails id="statistics-filters">
            <StatisticsFilters request={request} roles={roles} mechanisms={list} onChange={change} />
          </AccordionDetails>
        </Accordion>
      ) : (
        <StatisticsFilters request={request} roles={roles} mechanisms={list} onChange={change} />
      )}
      {mechanisms.error && <Alert severity="error">{translateApiError(mechanisms.error, t).message}</Alert>}
      {mechanisms.loading && <LinearProgress aria-label={t('statistics.loading')} />}
      {!input ? (
        <Alert severity="info">{t('statistics.chooseMechanism')}</Alert>
      ) : (
        <>
          <Alert severity="info" component="section" aria-label={t('statistics.disclosureNote.title')}>
            {t('statistics.disclosureNote.text')}
          </Alert>
          <Downloads request={request} roles={roles} phone={phone} />
          <Parts
            phone={phone}
            shown={shown}
            onShow={show}
            parts={{
              referrals: <ReferralFigures input={input} label={label} canOpen={canOpen} />,
              coordination: <CoordinationFigures input={input} label={label} />,
              protection: <ProtectionFigures input={input} label={label} />,
              quality: <DataQuality input={input} canOpen={canOpen} />,
            }}
          />
        </>
      )}
    </Stack>
  );
}

const PARTS = ['referrals', 'coordination', 'protection', 'quality'] as const;
type Part = (typeof PARTS)[number];
const PART_TITLE: Record<Part, string> = {
  referrals: 'statistics.referrals',
  coordination: 'statistics.coordination',
  protection: 'statistics.protection',
  quality: 'statistics.quality.title',
};

/** All four parts one under the other on a wide screen; on a phone, tabs that show one part at a time. */
function Parts({
  phone,
  shown,
  onShow,
  parts,
}: {
  phone: boolean;
  shown: Part;
  onShow: (part: Part) => void;
  parts: Record<Part, ReactNode>;
}) {
  const { t } = useTranslation();
  if (!phone)
    return (
      <>
        {PARTS.map((part) => (
          <Box key={part}>{parts[part]}</Box>
        ))}
      </>
    );
  return (
    <Box>
      <Tabs
        value={shown}
        onChange={(_event, part: Part) => onShow(part)}
        variant="scrollable"
        allowScrollButtonsMobile
        aria-label={t('statistics.parts')}
        sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}
      >
        {PARTS.map((part) => (
          <Tab
            key={part}
            value={part}
            label={t(PART_TITLE[part])}
            id={`statistics-tab-${part}`}
            aria-controls={`statistics-part-${part}`}
          />
        ))}
      </Tabs>
      <Box role="tabpanel" id={`statistics-part-${shown}`} aria-labelledby={`statistics-tab-${shown}`}>
        {parts[shown]}
      </Box>
    </Box>
  );
}

const DOWNLOAD_KINDS = ['referrals', 'coordination', 'protection'] as const;

/** The tables as files. On a phone they fold away like the filters: nine buttons were a screen's height. */
function Downloads({
  request,
  roles,
  phone,
}: {
  request: StatisticsRequest;
  roles: readonly string[];
  phone: boolean;
}) {
  const { t } = useTranslation();
  if (DOWNLOAD_KINDS.some((kind) => !exportHref(kind, request))) return null;
  if (!phone) return <DownloadButtons request={request} roles={roles} />;
  return (
    <Accordion variant="outlined" disableGutters>
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        aria-controls="statistics-downloads"
        id="statistics-downloads-summary"
      >
        <Typography>{t('statistics.download.title')}</Typography>
      </AccordionSummary>
      <AccordionDetails id="statistics-downloads">
        <DownloadButtons request={request} roles={roles} />
      </AccordionDetails>
    </Accordion>
  );
}

function DownloadButtons({ request, roles }: { request: StatisticsRequest; roles: readonly string[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Box>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {DOWNLOAD_KINDS.flatMap((kind) =>
          EXPORT_FORMATS.map((format) => (
            <Button
              key={`${kind}-${format}`}
              variant="outlined"
              startIcon={<DownloadIcon />}
              href={exportHref(kind, request, format, i18n.language)!}
              download
            >
              {t(`statistics.download.${kind}`, { format: format.toUpperCase() })}
            </Button>
          )),
        )}
        {mayDownloadCases(request, roles) &&
          (['csv', 'xlsx'] as const).map((format) => (
            <Button
              key={`htcds-${format}`}
              variant="outlined"
              startIcon={<DownloadIcon />}
              href={exportHref('htcds', request, format)!}
              download
            >
              {t('statistics.download.htcds', { format: format.toUpperCase() })}
            </Button>
          ))}
      </Stack>
      {mayDownloadCases(request, roles) && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('statistics.download.htcdsNote')}
        </Typography>
      )}
    </Box>
  );
}
