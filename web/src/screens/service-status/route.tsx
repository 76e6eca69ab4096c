// The route module of the service status (platform operators): loaded lazily, its own chunk.
export { ServiceStatusScreen as Component } from './service-status-screen';
