/**
 * Cognito pre-token-generation trigger (event version 2): copies the user's `custom:agencyId` and
 * `custom:role` into plain `agencyId` / `role` claims of the ID and access tokens, so the api function reads
 * the same claim names in the cloud as behind the local verifier. The API's rule (shared/use-cases/access.ts)
 * applies here too: a user without a known role, with a malformed agency id, or whose agency is not in the
 * table gets no token at all (throwing denies the sign-in). Nothing is guessed: no default role.
 */
import { Tracer } from '@aws-lambda-powertools/tracer';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PreTokenGenerationV2TriggerEvent } from 'aws-lambda';
import { makeDynamoStores } from '#shared/adapters/dynamodb/stores.ts';
import type { AgencyStore } from '#shared/ports.ts';
import { checkIdentityClaims, unknownAgency } from '#shared/use-cases/access.ts';

/** The claims of a user, or an error naming what is wrong (the claim rule of access.ts). */
export function agencyClaims(attributes: Record<string, string | undefined>): { agencyId: string; role: string } {
  return checkIdentityClaims(attributes['custom:agencyId']?.trim(), attributes['custom:role']?.trim());
}

export function makePreTokenHandler({ agencies }: { agencies: Pick<AgencyStore, 'get'> }) {
  return async (event: PreTokenGenerationV2TriggerEvent): Promise<PreTokenGenerationV2TriggerEvent> => {
    const claims = agencyClaims(event.request.userAttributes);
    if (!(await agencies.get(claims.agencyId))) throw unknownAgency(claims.agencyId);
    event.response = {
      claimsAndScopeOverrideDetails: {
        idTokenGeneration: { claimsToAddOrOverride: claims },
        accessTokenGeneration: { claimsToAddOrOverride: claims },
      },
    };
    return event;
  };
}

let cold: ReturnType<typeof makePreTokenHandler> | undefined;

export async function handler(event: PreTokenGenerationV2TriggerEvent): Promise<PreTokenGenerationV2TriggerEvent> {
  if (!cold) {
    const tableName = process.env.TABLE_NAME;
    if (!tableName) throw new Error('TABLE_NAME is required');
    // Its one call, the agency lookup, is an X-Ray subsegment under the invocation's segment.
    const doc = DynamoDBDocumentClient.from(new Tracer().captureAWSv3Client(new DynamoDBClient({})));
    cold = makePreTokenHandler({ agencies: makeDynamoStores({ doc, tableName }).agencies });
  }
  return cold(event);
}
