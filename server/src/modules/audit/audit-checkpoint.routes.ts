import type { Express, Response } from 'express';
import { publicKeyBase64 } from '../../platform/crypto/signing-key';
import type { ModuleRuntime } from '../../platform/module';
import type { RequestContext } from '../../platform/context';
import { configuredAnchorStore } from './audit-anchor.service';

const fail = (res: Response, status: number, code: string, messageKey: string) =>
  res.status(status).json({ code, messageKey });

/**
 * GET /api/audit/checkpoints: every signed checkpoint and the public keys that verify them, as one JSON file an
 * auditor downloads and keeps outside Enlace (docs/user-guide/auditor.md). Auditors only (whoever may read the
 * trail). The checkpoints name positions and hashes, nothing about anyone.
 */
export function auditCheckpointRoutes(app: Express, runtime: ModuleRuntime<RequestContext>): void {
  app.get('/api/audit/checkpoints', async (req, res, next) => {
    try {
      const context = await runtime.createContext(req, res);
      if (!context.actor) return fail(res, 401, 'UNAUTHENTICATED', 'error.unauthenticated');
      if (!context.ability.can('read', 'AuditEvent')) return fail(res, 403, 'FORBIDDEN', 'error.forbidden');
      const { checkpoints } = await configuredAnchorStore(runtime.config).list();
      res.set({
        'content-disposition': 'attachment; filename="enlace-audit-checkpoints.json"',
        'cache-control': 'private, no-store',
      });
      res.json({
        publicKeys: runtime.config.audit.verifyKeys.map((key) => ({ keyId: key.keyId, key: publicKeyBase64(key) })),
        checkpoints: checkpoints.map(({ name: _name, ...checkpoint }) => checkpoint),
      });
    } catch (error) {
      next(error);
    }
  });
}
