import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context';

/**
 * Personal-data reads noted by the field guard during a request are written to the audit trail before the
 * response leaves. If the audit write fails, the response is replaced by an error: no unaudited read is served.
 */
export function auditReadsPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ contextValue, response }) => {
        try {
          await contextValue.audit.flushReads(contextValue.em);
        } catch (error) {
          contextValue.logger.error({ err: error }, 'audit write failed; response withheld');
          if (response.body.kind === 'single') {
            response.body.singleResult.data = null;
            response.body.singleResult.errors = [
              {
                message: 'Something went wrong on the server. Please try again.',
                extensions: { code: 'INTERNAL_SERVER_ERROR', messageKey: 'error.internal' },
              },
            ];
          }
        }
      },
    }),
  };
}
