import { IDENTITY_CHECK_WRAPPED_KEYS } from '../modules/identity-checks';
import { PROTECTION_WRAPPED_KEYS } from '../modules/protection';
import { loadConfig } from '../platform/config/config';
import { keysToRotate, rotateWrappedKeys } from '../platform/crypto/key-rotation';
import { runCli, withDatabase } from './with-database';

// pnpm keys:rotate: re-wraps every data key under the first key of ENLACE_ENCRYPTION_KEYS while servers keep
// serving (docs/adr/0011-application-encryption.md). Run it after every server has the new keyring; drop the
// old key from the keyring only when it reports nothing left.
runCli(() =>
  withDatabase(async (orm, logger) => {
    const { encryption } = loadConfig();
    if (encryption.development) throw new Error('ENLACE_ENCRYPTION_KEYS is not set: there is no key to rotate to');
    const em = orm.em.fork();
    const tables = [...PROTECTION_WRAPPED_KEYS, ...IDENTITY_CHECK_WRAPPED_KEYS];
    const rotated = await rotateWrappedKeys(em, encryption, tables);
    const left = await keysToRotate(em, encryption, tables);
    logger.info({ rotated, left, keyId: encryption.current.id }, 'data keys re-wrapped');
    process.stdout.write(
      `Re-wrapped under "${encryption.current.id}": ${JSON.stringify(rotated)}; still under other keys: ${JSON.stringify(left)}\n`,
    );
  }),
);
