import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ReferralDetailFieldsFragment } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { formatLocalDate, localName } from '../referral-inbox/referral-common';
import { definitionList, Section } from './detail-parts';
import { PersonsTable } from './persons-table';

type Referral = ReferralDetailFieldsFragment;

/** The case itself: who sends it to whom, what happened where, and the persons involved. */
export function ReferralCase({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const agencyLine = (agency: Referral['sendingAgency']) =>
    `${agency.name} (${agency.acronym}) · ${localName(agency.country.names, language)}`;
  return (
    <>
      <Section title={t('referrals.detail.case')}>
        <Typography sx={{ whiteSpace: 'pre-wrap', mb: 2 }}>{referral.narrative}</Typography>
        <Box component="dl" sx={definitionList}>
          <dt>{t('referrals.fields.incidentDate')}</dt>
          <dd>{formatLocalDate(referral.incidentDate, language) || '—'}</dd>
          {referral.crossingPoint && (
            <>
              <dt>{t('referrals.fields.crossingPoint')}</dt>
              <dd>{referral.crossingPoint.name}</dd>
            </>
          )}
          {typeof referral.latitude === 'number' && typeof referral.longitude === 'number' && (
            <>
              <dt>{t('referrals.fields.coordinates')}</dt>
              <dd>
                {t('referrals.coordinates', {
                  latitude: String(referral.latitude),
                  longitude: String(referral.longitude),
                })}
              </dd>
            </>
          )}
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

      <Section title={t('referrals.detail.parties')}>
        <Box component="dl" sx={definitionList}>
          <dt>{t('referrals.detail.sender')}</dt>
          <dd>{agencyLine(referral.sendingAgency)}</dd>
          <dt>{t('referrals.detail.receiver')}</dt>
          <dd>{agencyLine(referral.receivingAgency)}</dd>
          <dt>{t('referrals.fields.mechanism')}</dt>
          <dd>{localName(referral.mechanism.names, language)}</dd>
        </Box>
      </Section>
    </>
  );
}
