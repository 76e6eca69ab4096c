import type { RequestContext } from '../../platform/context';
import type { EnlaceModule } from '../../platform/module';
import { Notification } from './notification.entity';
import { notificationPolicy } from './notification.policy';
import { NotificationResolver } from './notification.resolver';

export { NotificationKind, NotificationSubject } from './notification.entity';
export { notifyAgency, type AgencyAudience, type NotificationDraft } from './notification.service';

/**
 * Each user's notification centre (ADR 0051): rows written by other modules, through `notifyAgency`, in the
 * transaction of what they tell; read and marked by their user only; live through the shared events channel.
 * Read notifications are purged after their term by the retention sweep (`readNotifications`).
 */
export const notificationsModule: EnlaceModule<RequestContext> = {
  name: 'notifications',
  entities: [Notification],
  resolvers: [NotificationResolver],
  policies: [notificationPolicy],
};
