// One composition for the script and the drift test: the subgraph names and default URLs are part of the output.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, so the .mjs script and jest load it alike */
const { composeServices } = require('@apollo/composition');
const { parse } = require('graphql');

function composeSupergraph(enlaceSdl, alertListSdl) {
  const result = composeServices([
    { name: 'enlace', typeDefs: parse(enlaceSdl), url: 'http://127.0.0.1:4000/graphql' },
    { name: 'alerts', typeDefs: parse(alertListSdl), url: 'http://127.0.0.1:4002/graphql' },
  ]);
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.supergraphSdl;
}

module.exports = { composeSupergraph };
