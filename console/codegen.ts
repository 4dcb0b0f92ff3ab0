import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Types every GraphQL document in console/src from the gateway's API schema (console/schema.graphql,
 * written by `npm run console:schema`). A document that asks for a field the hub no longer has fails
 * here, and a changed type fails the console's typecheck.
 */
const config: CodegenConfig = {
  schema: "console/schema.graphql",
  documents: ["console/src/**/*.{ts,tsx}", "!console/src/gql/**/*"],
  ignoreNoDocuments: true,
  generates: {
    "console/src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents as strings: the browser does not need graphql-js to print them.
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: "string" },
        skipTypename: true,
      },
    },
  },
};

export default config;
