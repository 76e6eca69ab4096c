import { useQuery } from '@apollo/client/react';
import { useAbility } from '@casl/react';
import type { AnyMongoAbility } from '@casl/ability';
import { Alert, Box, Chip, LinearProgress, Link, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { formatLocalDate } from '../referral-inbox/referral-common';
import { Refusal } from '../../app/refusal';
import { Link as RouterLink } from 'react-router';
import type { EnlaceOperationContext } from '../../api/apollo-client';
import { MyDurablePlansDocument } from '../durable-solutions-common/durable-solutions.operations';
import { translateDurableError } from '../durable-solutions-common/durable-solutions-terms';

const context: EnlaceOperationContext = { handlesErrors: true };

/** The case worker's open plans (owned or co-owned), with progress at a glance and the follow-up due next. */
export function MyDurablePlansScreen() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const ability = useAbility<AnyMongoAbility>();
  const allowed = ability.can('read', 'DurablePlan');
  const { data, loading, error } = useQuery(MyDurablePlansDocument, {
    context,
    skip: !allowed,
    fetchPolicy: 'network-only',
  });
  const plans = data?.myDurablePlans ?? [];
  return (
    <Stack spacing={2.5} sx={{ maxWidth: 1100 }}>
      <Typography variant="h1">{t('durableSolutions.mine.title')}</Typography>
      {!allowed && <Refusal reason={t('durableSolutions.forbidden')} />}
      {loading && <LinearProgress aria-label={t('app.loading')} />}
      {error && <Alert severity="error">{translateDurableError(error, t).message}</Alert>}
      {data && plans.length === 0 && <Typography color="text.secondary">{t('durableSolutions.mine.empty')}</Typography>}
      <Stack component="ul" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {plans.map((plan) => (
          <Box component="li" key={plan.id} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}>
            <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
              <Link
                component={RouterLink}
                to={`/durable-solutions/survivors/${plan.survivorId}`}
                sx={{ fontWeight: 600 }}
              >
                {plan.survivorCode}
              </Link>
              <Chip size="small" label={t(`durableSolutions.solution.${plan.solution}`)} />
              <Typography variant="body2">
                {t('durableSolutions.plan.progress', { met: plan.progress.met, applicable: plan.progress.applicable })}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t('durableSolutions.plan.lead', { agency: plan.leadAgency.name })}
              </Typography>
            </Stack>
            {plan.nextFollowUp && (
              <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', mt: 0.5 }}>
                <Typography variant="body2">
                  {t('durableSolutions.mine.nextFollowUp', {
                    months: plan.nextFollowUp.monthsAfter,
                    agency: plan.nextFollowUp.owedBy.name,
                    due: formatLocalDate(plan.nextFollowUp.dueOn, language) || plan.nextFollowUp.dueOn,
                  })}
                </Typography>
                {plan.nextFollowUp.overdue && (
                  <Chip size="small" color="error" label={t('durableSolutions.followUps.overdue')} />
                )}
              </Stack>
            )}
          </Box>
        ))}
      </Stack>
    </Stack>
  );
}
