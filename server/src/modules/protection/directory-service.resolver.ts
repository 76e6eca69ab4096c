import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { RoleRequired, SignedIn } from '../../platform/authz/access';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { ConnectionType } from '../../platform/graphql/connection';
import { notFound } from '../../platform/graphql/errors';
import { Agency } from '../identity';
import { DirectoryService } from './directory-service.entity';
import { DirectoryServiceInput, DirectoryServicesArgs } from './directory-service.inputs';
import { findReadableDirectoryService, listDirectoryServices, saveDirectoryService } from './directory-service.service';

@ObjectType({ description: 'A page of the directory of services, by name' })
export class DirectoryServiceConnection extends ConnectionType(DirectoryService) {}

/** The directory of services for survivors: searched by everyone signed in, kept by agency admins. */
@Resolver(() => DirectoryService)
export class DirectoryServiceResolver {
  @SignedIn()
  @Query(() => DirectoryServiceConnection, { description: 'Services for survivors, filtered, by name' })
  directoryServices(@Args(() => DirectoryServicesArgs) args: DirectoryServicesArgs, @Ctx() context: RequestContext) {
    return listDirectoryServices(context, args);
  }

  @SignedIn()
  @Query(() => DirectoryService, { description: 'One service of the directory' })
  async directoryService(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext) {
    const service = await findReadableDirectoryService(context.em, context, id);
    if (!service) throw notFound('DirectoryService');
    return service;
  }

  @RoleRequired(Role.AGENCY_ADMIN)
  @Mutation(() => DirectoryService, { description: "Adds or changes a service of the caller's agency" })
  saveDirectoryService(
    @Arg('input', () => DirectoryServiceInput) input: DirectoryServiceInput,
    @Ctx() context: RequestContext,
  ) {
    return saveDirectoryService(context, input);
  }

  @FieldResolver(() => Agency, { description: 'The agency that offers it (HSDS organization)' })
  agency(@Root() service: DirectoryService): Promise<Agency> {
    return service.agency.load({ dataloader: true }) as Promise<Agency>;
  }
}
