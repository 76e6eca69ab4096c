import { diffLines } from 'diff';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { RevisedItem } from './minutes-revision.entity';

export enum DiffLineKind {
  SAME = 'SAME',
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}
registerEnumType(DiffLineKind, { name: 'DiffLineKind' });

@ObjectType({ description: 'A line of minutes, unchanged, added or removed between two revisions' })
export class DiffLine {
  @Field(() => DiffLineKind)
  kind!: DiffLineKind;

  @Field(() => String)
  text!: string;
}

@ObjectType({ description: 'How the minutes of one agenda item changed between two revisions' })
export class AgendaItemDiff {
  @Field(() => ID)
  agendaItemId!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => String)
  title!: string;

  @Field(() => Boolean)
  changed!: boolean;

  @Field(() => [DiffLine])
  lines!: DiffLine[];
}

/**
 * The differences between two revisions of minutes, item by item, line by line (jsdiff's Myers diff). Items
 * only in one revision show all their lines added or removed; the later revision's order and titles win.
 */
export function diffRevisions(older: readonly RevisedItem[], newer: readonly RevisedItem[]): AgendaItemDiff[] {
  const olderById = new Map(older.map((item) => [item.agendaItemId, item]));
  const newerIds = new Set(newer.map((item) => item.agendaItemId));
  const items = [...newer, ...older.filter((item) => !newerIds.has(item.agendaItemId))];
  return items.map((item) => {
    const before = newerIds.has(item.agendaItemId) ? (olderById.get(item.agendaItemId)?.minutes ?? '') : item.minutes;
    const after = newerIds.has(item.agendaItemId) ? item.minutes : '';
    const lines = linesOf(before, after);
    return {
      agendaItemId: item.agendaItemId,
      position: item.position,
      title: item.title,
      changed: lines.some((line) => line.kind !== DiffLineKind.SAME),
      lines,
    };
  });
}

function linesOf(before: string, after: string): DiffLine[] {
  const lines: DiffLine[] = [];
  for (const part of diffLines(withFinalNewline(before), withFinalNewline(after))) {
    const kind = part.added ? DiffLineKind.ADDED : part.removed ? DiffLineKind.REMOVED : DiffLineKind.SAME;
    for (const text of part.value.replace(/\n$/, '').split('\n')) lines.push({ kind, text });
  }
  return before === '' && after === '' ? [] : lines;
}

const withFinalNewline = (text: string) => (text === '' || text.endsWith('\n') ? text : `${text}\n`);
