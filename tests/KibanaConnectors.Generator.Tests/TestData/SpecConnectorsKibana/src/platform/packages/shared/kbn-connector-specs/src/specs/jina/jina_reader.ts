import { z } from '@kbn/zod/v4';
import type { ConnectorSpec } from '../../connector_spec';

const READER_ID = '.jina';
const escape = (value: string) => value.replace(/\\/g, '\\\\').replace(/'/g, "\\'");

export const JinaReaderConnector: ConnectorSpec = {
  metadata: {
    id: READER_ID,
    displayName: 'Jina Reader',
    minimumLicense: 'gold',
    supportedFeatureIds: ['workflows', 'agentBuilder'],
  },
  auth: {
    types: [
      {
        type: 'bearer',
        defaults: {},
        overrides: { meta: { token: { label: 'API key, {not} a brace' } } },
      },
    ],
  },
  schema: z.object({ overrideBrowseUrl: z.string().optional() }),
  actions: {
    browse: {
      input: z.object({ url: z.string() }),
      handler: async (ctx, input) => {
        const url = `https://r.jina.ai/${escape(input.url)}?q=${'}'}`;
        return ctx.client.get(url);
      },
    },
  },
};
