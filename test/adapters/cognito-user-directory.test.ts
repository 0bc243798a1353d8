import {
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminGetUserCommand,
  AdminUpdateUserAttributesCommand,
  CognitoIdentityProviderClient,
  ListUsersCommand,
  UserNotFoundException,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeCognitoUserDirectory } from '#shared/adapters/cognito/user-directory.ts';

const cognito = mockClient(CognitoIdentityProviderClient);
const directory = makeCognitoUserDirectory({ client: new CognitoIdentityProviderClient({}), userPoolId: 'pool-1' });
const attrs = (email: string, agencyId: string, role: string) => [
  { Name: 'email', Value: email },
  { Name: 'custom:agencyId', Value: agencyId },
  { Name: 'custom:role', Value: role },
];

describe('Cognito user directory', () => {
  beforeEach(() => cognito.reset());

  it('lists every page of users with their agency, role and state', async () => {
    cognito
      .on(ListUsersCommand, { UserPoolId: 'pool-1', PaginationToken: undefined })
      .resolves({
        Users: [{ Username: 'u1', Attributes: attrs('a@x.vn', 'so-tp', 'clerk'), Enabled: true }],
        PaginationToken: 'p2',
      })
      .on(ListUsersCommand, { UserPoolId: 'pool-1', PaginationToken: 'p2' })
      .resolves({ Users: [{ Username: 'u2', Attributes: attrs('b@x.vn', 'so-yt', 'admin'), Enabled: false }] });
    expect(await directory.list()).toEqual([
      { id: 'u1', email: 'a@x.vn', agencyId: 'so-tp', role: 'clerk', enabled: true },
      { id: 'u2', email: 'b@x.vn', agencyId: 'so-yt', role: 'admin', enabled: false },
    ]);
  });

  it('creates a user with AdminCreateUser (invitation by e-mail) and answers null when the e-mail is taken', async () => {
    cognito.on(AdminCreateUserCommand).resolvesOnce({
      User: { Username: 'u3', Attributes: attrs('c@x.vn', 'so-tp', 'viewer'), Enabled: true },
    });
    expect(await directory.create({ email: 'c@x.vn', agencyId: 'so-tp', role: 'viewer' })).toMatchObject({
      id: 'u3',
      role: 'viewer',
    });
    const input = cognito.commandCalls(AdminCreateUserCommand)[0]!.args[0].input;
    expect(input).toMatchObject({ UserPoolId: 'pool-1', Username: 'c@x.vn', DesiredDeliveryMediums: ['EMAIL'] });
    expect(input.UserAttributes).toEqual(
      expect.arrayContaining([
        { Name: 'custom:agencyId', Value: 'so-tp' },
        { Name: 'custom:role', Value: 'viewer' },
      ]),
    );
    cognito.on(AdminCreateUserCommand).rejects(new UsernameExistsException({ message: 'exists', $metadata: {} }));
    expect(await directory.create({ email: 'c@x.vn', agencyId: 'so-tp', role: 'viewer' })).toBeNull();
  });

  it('changes the role with AdminUpdateUserAttributes and disables with AdminDisableUser; null for an unknown user', async () => {
    cognito
      .on(AdminGetUserCommand, { Username: 'u1' })
      .resolves({ Username: 'u1', UserAttributes: attrs('a@x.vn', 'so-tp', 'admin'), Enabled: false });
    cognito
      .on(AdminGetUserCommand, { Username: 'nobody' })
      .rejects(new UserNotFoundException({ message: 'no', $metadata: {} }));
    expect(await directory.update('u1', { role: 'admin', enabled: false })).toMatchObject({
      role: 'admin',
      enabled: false,
    });
    expect(cognito.commandCalls(AdminUpdateUserAttributesCommand)[0]!.args[0].input).toMatchObject({
      Username: 'u1',
      UserAttributes: [{ Name: 'custom:role', Value: 'admin' }],
    });
    expect(cognito.commandCalls(AdminDisableUserCommand)).toHaveLength(1);
    expect(await directory.update('nobody', { enabled: false })).toBeNull();
    expect(cognito.commandCalls(AdminDisableUserCommand)).toHaveLength(1);
  });
});
