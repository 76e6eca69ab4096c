import {
  ArrayType,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { uuidv7 } from '../../platform/ids';
import { Agency } from '../identity';
import { ProtectionService } from './consent.enums';

/** Whether a service can take someone now; kept by the agency (HSDS has no such field: an extension). */
export enum ServiceAvailability {
  AVAILABLE = 'AVAILABLE',
  LIMITED = 'LIMITED',
  FULL = 'FULL',
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(ServiceAvailability, { name: 'ServiceAvailability' });

/**
 * A service an agency offers survivors (a shelter, a clinic, legal aid...), in the directory case workers pick
 * a provider from. Nothing personal: read by every signed-in user, kept by the agency's admins. Shaped to map
 * onto Open Referral HSDS (organization = the agency, service, location; directory-hsds.ts).
 */
@ObjectType({ description: 'A service of an agency in the directory of services for survivors' })
@Entity({ tableName: 'directory_service' })
@Index({ name: 'directory_service_country', properties: ['countryCode', 'name', 'id'] })
export class DirectoryService {
  [OptionalProps]?: 'id' | 'updatedAt' | 'active' | 'availability' | 'languages';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict', index: true })
  agency!: Ref<Agency>;

  @Field(() => String, { description: "ISO 3166-1 alpha-2 code of the agency's country" })
  @Property({ type: 'string', length: 2 })
  countryCode!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 2000, nullable: true })
  description: string | null = null;

  @Field(() => [ProtectionService], { description: 'What it offers' })
  @Enum({ items: () => ProtectionService, array: true, nativeEnumName: 'protection_service' })
  types!: ProtectionService[];

  @Field(() => String, { nullable: true, description: 'Who may use it (e.g. "women 18+, any nationality")' })
  @Property({ type: 'string', length: 500, nullable: true })
  eligibility: string | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'smallint', nullable: true })
  minimumAge: number | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'smallint', nullable: true })
  maximumAge: number | null = null;

  @Field(() => [String], { description: 'ISO 639 codes of the languages it works in' })
  @Property({ type: ArrayType, columnType: 'text[]', defaultRaw: "'{}'" })
  languages: string[] = [];

  @Field(() => String, { nullable: true, description: 'Opening hours, as text' })
  @Property({ type: 'string', length: 300, nullable: true })
  hours: string | null = null;

  @Field(() => String, { nullable: true, description: 'Area served (provinces, departments, cities)' })
  @Property({ type: 'string', length: 300, nullable: true })
  areaServed: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  address: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 60, nullable: true })
  phone: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  email: string | null = null;

  @Field(() => Int, { nullable: true, description: 'Places in all (a shelter\u2019s beds)' })
  @Property({ type: 'integer', nullable: true })
  capacity: number | null = null;

  @Field(() => ServiceAvailability)
  @Enum({
    items: () => ServiceAvailability,
    nativeEnumName: 'service_availability',
    default: ServiceAvailability.AVAILABLE,
  })
  availability: ServiceAvailability = ServiceAvailability.AVAILABLE;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Field(() => Date)
  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
