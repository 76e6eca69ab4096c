import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, OptionalProps } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { uuidv7 } from '../../platform/ids';
import { Country } from './country.entity';

export enum AgencyKind {
  BORDER_POLICE = 'BORDER_POLICE',
  MIGRATION_AUTHORITY = 'MIGRATION_AUTHORITY',
  PUBLIC_PROSECUTOR = 'PUBLIC_PROSECUTOR',
  PROTECTION_SERVICES = 'PROTECTION_SERVICES',
  LABOUR_INSPECTION = 'LABOUR_INSPECTION',
  NGO_SERVICE_PROVIDER = 'NGO_SERVICE_PROVIDER',
  HEALTH_SERVICES = 'HEALTH_SERVICES',
  INTERNATIONAL_ORGANISATION = 'INTERNATIONAL_ORGANISATION',
}
registerEnumType(AgencyKind, { name: 'AgencyKind' });

/** An agency is the tenant: its users, its records, its audit trail. */
@ObjectType({ description: 'A border, migration, prosecution or protection agency: the tenant' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'agency' })
@Index({ properties: ['country', 'active'] })
@Check({ name: 'agency_name_not_blank', expression: 'length(trim(both from name)) > 0' })
export class Agency {
  /** Properties with defaults, so em.create() does not demand them. */
  [OptionalProps]?: 'id' | 'active' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Field(() => Country)
  @ManyToOne(() => Country, { ref: true, deleteRule: 'restrict' })
  country!: Ref<Country>;

  @Field(() => AgencyKind)
  @Enum({ items: () => AgencyKind, nativeEnumName: 'agency_kind' })
  kind!: AgencyKind;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 32 })
  acronym!: string;

  @Field(() => String, { nullable: true, description: 'How counterparts reach the agency (desk e-mail, phone)' })
  @Property({ type: 'string', length: 300, nullable: true })
  contactPoint?: string | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  /** Filled by the field guard: fields of this record the caller may not read (they resolve to null). */
  @Field(() => [String])
  restrictedFields?: string[];
}
