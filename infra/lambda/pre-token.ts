/**
 * Cognito pre-token-generation trigger (event version 2): copies the user's `custom:agencyId` and
 * `custom:role` into plain `agencyId` / `role` claims of the ID and access tokens, so the api function reads
 * the same claim names in the cloud as behind the local JWT verifier. A user without an agency or with an
 * unknown role gets no token at all (throwing denies the sign-in).
 */
import type { PreTokenGenerationV2TriggerEvent } from 'aws-lambda';

const ROLES = new Set(['clerk', 'admin', 'viewer']);

export function agencyClaims(attributes: Record<string, string>): { agencyId: string; role: string } {
  const agencyId = attributes['custom:agencyId']?.trim();
  const role = attributes['custom:role']?.trim() || 'clerk';
  if (!agencyId) throw new Error('user has no custom:agencyId');
  if (!ROLES.has(role)) throw new Error(`user has an unknown custom:role "${role}"`);
  return { agencyId, role };
}

export async function handler(event: PreTokenGenerationV2TriggerEvent): Promise<PreTokenGenerationV2TriggerEvent> {
  const claims = agencyClaims(event.request.userAttributes);
  event.response = {
    claimsAndScopeOverrideDetails: {
      idTokenGeneration: { claimsToAddOrOverride: claims },
      accessTokenGeneration: { claimsToAddOrOverride: claims },
    },
  };
  return event;
}
