import { Check, Entity, ManyToOne, PrimaryKey, Property, type Ref, OptionalProps } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../platform/ids';
import { Mechanism } from './mechanism.entity';

/** A border crossing point a mechanism covers, e.g. Rumichaca (Ipiales–Tulcán). */
@ObjectType({ description: 'A border crossing point covered by a mechanism' })
@Entity({ tableName: 'crossing_point' })
@Check({ name: 'crossing_point_latitude', expression: 'abs(latitude) <= 90::double precision' })
@Check({ name: 'crossing_point_longitude', expression: 'abs(longitude) <= 180::double precision' })
export class CrossingPoint {
  /** Properties with defaults, so em.create() does not demand them. */
  [OptionalProps]?: 'id';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Mechanism, { ref: true, deleteRule: 'cascade', index: true })
  mechanism!: Ref<Mechanism>;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  longitude?: number | null;
}
