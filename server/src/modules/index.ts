import type { RequestContext } from '../platform/context';
import type { EnlaceModule } from '../platform/module';
import { identityModule } from './identity';
import { systemModule } from './system';

/** Every domain module, in the order their types appear in the schema. */
export const enlaceModules: EnlaceModule<RequestContext>[] = [systemModule, identityModule];
