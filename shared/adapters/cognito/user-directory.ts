/**
 * The user directory in AWS: the Cognito user pool. Users are created by admins (AdminCreateUser sends
 * the invitation e-mail), carry `custom:agencyId` and `custom:role`, and are disabled rather than deleted.
 */
import {
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminUpdateUserAttributesCommand,
  type AttributeType,
  type CognitoIdentityProviderClient,
  ListUsersCommand,
  UserNotFoundException,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import type { DirectoryUser, UserDirectory } from '#shared/ports.ts';

function toUser(
  username: string | undefined,
  attributes: AttributeType[] | undefined,
  enabled: boolean | undefined,
): DirectoryUser {
  const attr = (name: string) => attributes?.find((a) => a.Name === name)?.Value ?? '';
  return {
    id: username ?? '',
    email: attr('email'),
    agencyId: attr('custom:agencyId'),
    role: attr('custom:role') as DirectoryUser['role'],
    enabled: enabled ?? true,
  };
}

const isNamed = (error: unknown, type: { name: string }) => error instanceof Error && error.name === type.name;

export function makeCognitoUserDirectory({
  client,
  userPoolId,
}: {
  client: CognitoIdentityProviderClient;
  userPoolId: string;
}): UserDirectory {
  const get = async (id: string): Promise<DirectoryUser | null> => {
    try {
      const out = await client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: id }));
      return toUser(out.Username, out.UserAttributes, out.Enabled);
    } catch (error) {
      if (isNamed(error, UserNotFoundException)) return null;
      throw error;
    }
  };
  return {
    async list() {
      const users: DirectoryUser[] = [];
      let token: string | undefined;
      do {
        const out = await client.send(new ListUsersCommand({ UserPoolId: userPoolId, PaginationToken: token }));
        for (const u of out.Users ?? []) users.push(toUser(u.Username, u.Attributes, u.Enabled));
        token = out.PaginationToken;
      } while (token);
      return users;
    },
    async create({ email, agencyId, role }) {
      try {
        const out = await client.send(
          new AdminCreateUserCommand({
            UserPoolId: userPoolId,
            Username: email,
            DesiredDeliveryMediums: ['EMAIL'],
            UserAttributes: [
              { Name: 'email', Value: email },
              { Name: 'email_verified', Value: 'true' },
              { Name: 'custom:agencyId', Value: agencyId },
              { Name: 'custom:role', Value: role },
            ],
          }),
        );
        return toUser(out.User?.Username ?? email, out.User?.Attributes, out.User?.Enabled);
      } catch (error) {
        if (isNamed(error, UsernameExistsException)) return null;
        throw error;
      }
    },
    async update(id, change) {
      if (!(await get(id))) return null;
      if (change.role) {
        await client.send(
          new AdminUpdateUserAttributesCommand({
            UserPoolId: userPoolId,
            Username: id,
            UserAttributes: [{ Name: 'custom:role', Value: change.role }],
          }),
        );
      }
      if (change.enabled === false) {
        await client.send(new AdminDisableUserCommand({ UserPoolId: userPoolId, Username: id }));
      } else if (change.enabled === true) {
        await client.send(new AdminEnableUserCommand({ UserPoolId: userPoolId, Username: id }));
      }
      return get(id);
    },
  };
}
