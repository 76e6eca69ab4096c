import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Whether the portal and its database answer' })
export class Health {
  @Field(() => String, {
    description:
      'PostgreSQL server version, read from the database itself (in production, without the version for anonymous callers)',
  })
  database!: string;

  @Field(() => String, { description: 'Enlace release version' })
  version!: string;

  @Field(() => Date, { description: 'Current time according to the database' })
  databaseTime!: Date;
}
