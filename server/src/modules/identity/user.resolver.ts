import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Agency } from './agency.entity';
import { User } from './user.entity';

/** Relations of a User in GraphQL; loads go through MikroORM's dataloader, one query per page of users. */
@Resolver(() => User)
export class UserRelationsResolver {
  @FieldResolver(() => Agency)
  agency(@Root() user: User): Promise<Agency> {
    return user.agency.load({ dataloader: true }) as Promise<Agency>;
  }

  @FieldResolver(() => Boolean, { description: 'Invited and has not set a password yet' })
  invitationPending(@Root() user: User): boolean {
    // Loaded users carry the database's answer; one created in this request (an invitation) has no hash yet.
    return user.invitationPending ?? !user.passwordHash;
  }
}
