import { operation } from '../admin-common/operation';
import documents from './statistics.graphql?operations';
import type {
  CoordinationFiguresQuery,
  CoordinationFiguresQueryVariables,
  ReferralFiguresQuery,
  ReferralFiguresQueryVariables,
  ReferralDataQualityQuery,
  ReferralDataQualityQueryVariables,
  StatisticsMechanismsQuery,
  StatisticsMechanismsQueryVariables,
} from '../../gql/graphql';

// Typed documents of statistics.graphql, built in this screen's chunk (see admin-common/operation.ts).
export const StatisticsMechanismsDocument = operation<StatisticsMechanismsQuery, StatisticsMechanismsQueryVariables>(
  documents,
  'StatisticsMechanisms',
);
export const ReferralFiguresDocument = operation<ReferralFiguresQuery, ReferralFiguresQueryVariables>(
  documents,
  'ReferralFigures',
);
export const CoordinationFiguresDocument = operation<CoordinationFiguresQuery, CoordinationFiguresQueryVariables>(
  documents,
  'CoordinationFigures',
);
export const ReferralDataQualityDocument = operation<ReferralDataQualityQuery, ReferralDataQualityQueryVariables>(
  documents,
  'ReferralDataQuality',
);
