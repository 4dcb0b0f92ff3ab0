/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How far a record may travel: PUBLIC (anyone on the hub), SHARED (every participating authority), RESTRICTED (the owner, and grantees once grants exist), NATIONAL_SECURITY (never leaves the owner). */
export type Classification =
  | 'NATIONAL_SECURITY'
  | 'PUBLIC'
  | 'RESTRICTED'
  | 'SHARED';

export type GrantInput = {
  /** Participant code of the country the grant opens records to. */
  grantee: string;
  /** SHARED or RESTRICTED. */
  maxClassification: Classification;
  purpose: string;
  recordKinds: Array<RecordKind>;
  severities?: Array<Severity> | null | undefined;
  systemIds?: Array<string | number> | null | undefined;
  /** Default: now. */
  validFrom?: string | null | undefined;
  validUntil: string;
};

/** Kinds of national records a grant can open. */
export type RecordKind =
  | 'AUDIT'
  | 'INCIDENT'
  | 'SYSTEM';

/** OECD common reporting framework scale: a hazard could cause harm, an incident did. */
export type Severity =
  | 'DISASTER'
  | 'HAZARD'
  | 'INCIDENT'
  | 'SERIOUS_HAZARD'
  | 'SERIOUS_INCIDENT';

export type IssuedGrantsQueryVariables = Exact<{ [key: string]: never; }>;


export type IssuedGrantsQuery = { myCountry: { code: string, name: string, grants: Array<{ id: string, grantor: string, grantee: string, recordKinds: Array<RecordKind>, maxClassification: Classification, severities: Array<Severity> | null, systemIds: Array<string> | null, purpose: string, validFrom: string, validUntil: string, issuedAt: string, revokedAt: string | null, active: boolean }> | null } | null };

export type DirectoryGrantsQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryGrantsQuery = { countries: Array<{ code: string, name: string, grants: Array<{ id: string, grantor: string, grantee: string, recordKinds: Array<RecordKind>, maxClassification: Classification, severities: Array<Severity> | null, systemIds: Array<string> | null, purpose: string, validFrom: string, validUntil: string, issuedAt: string, revokedAt: string | null, active: boolean }> | null }> };

export type PreviewGrantQueryVariables = Exact<{
  input: GrantInput;
}>;


export type PreviewGrantQuery = { previewGrant: { total: number, counts: Array<{ kind: RecordKind, classification: Classification, count: number }> } };

export type GrantAccessMutationVariables = Exact<{
  input: GrantInput;
  idempotencyKey?: string | null | undefined;
}>;


export type GrantAccessMutation = { grantAccess: { id: string, grantee: string, purpose: string } };

export type RevokeGrantMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeGrantMutation = { revokeGrant: { id: string, revokedAt: string | null, active: boolean } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { country: string, subject: string, roles: Array<string>, scopes: Array<string>, expiresAt: string | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const IssuedGrantsDocument = new TypedDocumentString(`
    query IssuedGrants {
  myCountry {
    code
    name
    grants {
      id
      grantor
      grantee
      recordKinds
      maxClassification
      severities
      systemIds
      purpose
      validFrom
      validUntil
      issuedAt
      revokedAt
      active
    }
  }
}
    `) as unknown as TypedDocumentString<IssuedGrantsQuery, IssuedGrantsQueryVariables>;
export const DirectoryGrantsDocument = new TypedDocumentString(`
    query DirectoryGrants {
  countries {
    code
    name
    grants {
      id
      grantor
      grantee
      recordKinds
      maxClassification
      severities
      systemIds
      purpose
      validFrom
      validUntil
      issuedAt
      revokedAt
      active
    }
  }
}
    `) as unknown as TypedDocumentString<DirectoryGrantsQuery, DirectoryGrantsQueryVariables>;
export const PreviewGrantDocument = new TypedDocumentString(`
    query PreviewGrant($input: GrantInput!) {
  previewGrant(input: $input) {
    total
    counts {
      kind
      classification
      count
    }
  }
}
    `) as unknown as TypedDocumentString<PreviewGrantQuery, PreviewGrantQueryVariables>;
export const GrantAccessDocument = new TypedDocumentString(`
    mutation GrantAccess($input: GrantInput!, $idempotencyKey: String) {
  grantAccess(input: $input, idempotencyKey: $idempotencyKey) {
    id
    grantee
    purpose
  }
}
    `) as unknown as TypedDocumentString<GrantAccessMutation, GrantAccessMutationVariables>;
export const RevokeGrantDocument = new TypedDocumentString(`
    mutation RevokeGrant($id: ID!) {
  revokeGrant(id: $id) {
    id
    revokedAt
    active
  }
}
    `) as unknown as TypedDocumentString<RevokeGrantMutation, RevokeGrantMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    country
    subject
    roles
    scopes
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;