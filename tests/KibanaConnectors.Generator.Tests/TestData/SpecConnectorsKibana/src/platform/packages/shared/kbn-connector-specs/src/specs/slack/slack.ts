import { i18n } from '@kbn/i18n';
import type { ConnectorSpec } from '../../connector_spec';

const MANUAL_TOKEN = true; // a flag the spec spreads on

export const Slack: ConnectorSpec = {
  metadata: {
    id: '.slack2',
    displayName: i18n.translate('fixture.slack.displayName', { defaultMessage: 'Slack (v2)' }),
    minimumLicense: 'enterprise',
    isTechnicalPreview: true,
    supportedFeatureIds: ['workflows'],
  },
  auth: {
    types: [
      {
        type: 'oauth_authorization_code',
        defaults: { authorizationUrl: 'https://slack.com/oauth/v2/authorize', tokenUrl: 'https://slack.com/api/oauth.v2.access' },
      },
      ...(MANUAL_TOKEN ? ([{ type: 'bearer', defaults: { token: '' } }] as const) : []),
    ],
  },
};
