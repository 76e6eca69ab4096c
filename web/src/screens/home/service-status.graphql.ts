import { graphql } from '../../gql';

export const ServiceStatusQuery = graphql(`
  query ServiceStatus {
    health {
      version
      database
      databaseTime
    }
    countries {
      id
      names {
        es
        en
        pt
        fr
      }
    }
  }
`);
