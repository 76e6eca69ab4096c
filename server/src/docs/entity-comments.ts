import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** What the source says about an entity: the class's comment and each property's (JSDoc, else its GraphQL description). */
export interface EntityComments {
  table: string;
  properties: Map<string, string>;
}

function entityFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : entityFiles(full);
    return entry.name.endsWith('.entity.ts') ? [full] : [];
  });
}

/** The JSDoc of a node as one line of text (tags dropped). */
function jsDocOf(node: ts.Node): string {
  const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
  return docs
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The `description` of a `@Field(…, { description: '…' })` or `@ObjectType({ description: '…' })` decorator. */
function decoratorDescription(node: ts.Node, names: readonly string[]): string {
  for (const decorator of ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : []) {
    const call = decorator.expression;
    if (!ts.isCallExpression(call) || !names.includes(call.expression.getText())) continue;
    for (const argument of call.arguments) {
      if (!ts.isObjectLiteralExpression(argument)) continue;
      for (const property of argument.properties)
        if (
          ts.isPropertyAssignment(property) &&
          property.name.getText() === 'description' &&
          ts.isStringLiteralLike(property.initializer)
        )
          return property.initializer.text;
    }
  }
  return '';
}

/** The comments of every entity class under `sourceRoot`, by class name, read with the TypeScript parser. */
export function entityComments(sourceRoot: string): Map<string, EntityComments> {
  const result = new Map<string, EntityComments>();
  for (const file of entityFiles(sourceRoot).sort()) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    for (const statement of source.statements) {
      if (!ts.isClassDeclaration(statement) || !statement.name) continue;
      const properties = new Map<string, string>();
      for (const member of statement.members) {
        if (!ts.isPropertyDeclaration(member) || !member.name) continue;
        const text = jsDocOf(member) || decoratorDescription(member, ['Field']);
        if (text) properties.set(member.name.getText(), text);
      }
      result.set(statement.name.text, {
        table: jsDocOf(statement) || decoratorDescription(statement, ['ObjectType']),
        properties,
      });
    }
  }
  return result;
}
