import { Field, Float, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../platform/graphql/connection';
import { AuditEvent } from './audit-event.entity';

@ObjectType({ description: 'One page of audit events, newest first' })
export class AuditEventConnection extends ConnectionType(AuditEvent) {}

@ObjectType({ description: 'The result of recomputing every hash of the audit trail' })
export class AuditChainVerification {
  @Field(() => Boolean, { description: 'True when no event was edited, removed or inserted out of the chain' })
  valid!: boolean;

  @Field(() => Float, { description: 'Events examined' })
  checkedCount!: number;

  @Field(() => String, { nullable: true, description: 'The first event that does not check out' })
  firstBrokenSeq!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Last verified event; keep it with lastHash outside Enlace to detect a truncated tail later',
  })
  lastSeq!: string | null;

  @Field(() => String, { nullable: true })
  lastHash!: string | null;
}
