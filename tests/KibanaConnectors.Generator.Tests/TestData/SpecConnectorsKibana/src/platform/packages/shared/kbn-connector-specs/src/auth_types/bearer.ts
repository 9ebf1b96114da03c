import { z } from '@kbn/zod/v4';

const authSchema = z.object({
  token: z.string().meta({ sensitive: true }).describe('Bearer Token'),
});

export const BearerAuth = {
  id: 'bearer',
  schema: authSchema,
};
