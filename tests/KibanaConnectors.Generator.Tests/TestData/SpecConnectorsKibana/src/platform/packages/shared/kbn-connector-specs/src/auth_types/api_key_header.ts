import { z } from '@kbn/zod/v4';

const authSchema = z.object({
  headerField: z.string().describe('API Key header field').default('Api-Key'),
  apiKey: z.string().meta({ sensitive: true }),
});

export const ApiKeyHeaderAuth = {
  id: 'api_key_header',
  schema: authSchema,
  normalizeSchema: (defaults?: Record<string, unknown>) => {
    const headerField = defaults?.headerField ?? 'Api-Key';
    return z.object({ [headerField as string]: authSchema.shape.apiKey });
  },
};
