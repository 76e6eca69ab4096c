export { startAlertList, alertListSdl, GATEWAY_TOKEN_HEADER, type RunningAlertList } from './alert-list.server';
export { insertAlert, type NewAlert } from './alert-list.database';
export { blindIndexOf } from './blind-index';
export { startGateway, supergraphSdl, type RunningGateway } from './gateway';
