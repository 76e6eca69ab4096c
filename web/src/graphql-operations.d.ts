// `import documents from './x.graphql?operations'`: the file's operations by name, built at build time
// (scripts/graphql-operations.cjs through vite.config.ts).
declare module '*.graphql?operations' {
  import type { DocumentNode } from 'graphql';

  const documents: Record<string, DocumentNode>;
  export default documents;
}
