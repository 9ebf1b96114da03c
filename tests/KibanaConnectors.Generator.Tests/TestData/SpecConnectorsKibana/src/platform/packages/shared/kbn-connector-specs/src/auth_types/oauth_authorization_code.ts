import { z, lazySchema } from '@kbn/zod/v4';

export const OAUTH_AUTHORIZATION_CODE_ID = 'oauth_authorization_code';

const authSchema = lazySchema(() =>
  z
    .object({
      authorizationUrl: z.url(),
      tokenUrl: z.url(),
      clientId: z.string().min(1, { message: 'Client ID is required' }),
      clientSecret: z.string().min(1).meta({ sensitive: true }),
      scope: z.string().optional(),
    })
    .meta({ label: 'OAuth' })
);

export const OAuthAuthorizationCode = {
  id: OAUTH_AUTHORIZATION_CODE_ID,
  schema: authSchema,
};
