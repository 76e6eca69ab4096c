import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../platform/graphql/connection';

@ObjectType({
  description: 'A background job that failed for good: refused, or out of attempts (its data stays hidden)',
})
export class FailedJob {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'What the job does, e.g. mail.send or referrals.deadline-watch' })
  kind!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  failedAt!: Date | null;

  @Field(() => Int, { description: 'Attempts made' })
  attempts!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The last failure, as a code (e.g. SMTP_550: the mail server refused the address; ECONNECTION)',
  })
  lastErrorCode!: string | null;
}

@ObjectType({ description: 'One page of failed jobs, most recently failed first' })
export class FailedJobConnection extends ConnectionType(FailedJob) {}
