import type { RequestContext } from '../../platform/context';
import type { EnlaceModule } from '../../platform/module';
import { Bulletin, BulletinAcknowledgement, BulletinImage } from './bulletin.entity';
import { BULLETIN_LIMITS } from './bulletin.enums';
import { bulletinPolicy } from './bulletin.policy';
import { BulletinImageResolver, BulletinResolver } from './bulletin.resolver';
import { bulletinRoutes } from './bulletin.routes';

export { Bulletin, BulletinAcknowledgement, BulletinImage };
export { BulletinKind, BulletinStatus } from './bulletin.enums';
export { acknowledgeBulletin, createBulletin, publishBulletin, recordSpecimenImage } from './bulletin.service';

/**
 * Bulletins of a mechanism to its member agencies (docs/adr/0037-bulletins.md): routes and modus operandi,
 * crossing-point indicators, false-document alerts with specimen images; no person's data.
 */
export const bulletinsModule: EnlaceModule<RequestContext> = {
  name: 'bulletins',
  entities: [Bulletin, BulletinImage, BulletinAcknowledgement],
  resolvers: [BulletinResolver, BulletinImageResolver],
  policies: [bulletinPolicy],
  inputLimits: {
    maxLength: {
      'BulletinTextInput.title': BULLETIN_LIMITS.title,
      'BulletinTextInput.body': BULLETIN_LIMITS.body,
      'BulletinTextInput.language': 2,
      'Query.bulletins(search:)': BULLETIN_LIMITS.search,
    },
    maxItems: {
      'BulletinInput.texts': 4,
      'BulletinInput.namedAgencyIds': BULLETIN_LIMITS.namedAgencies,
    },
  },
  routes(app, runtime) {
    bulletinRoutes(app, runtime); // specimen images: upload and download
  },
};
