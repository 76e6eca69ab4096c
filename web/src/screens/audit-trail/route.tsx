export { AuditTrailScreen as Component } from './audit-trail-screen';
