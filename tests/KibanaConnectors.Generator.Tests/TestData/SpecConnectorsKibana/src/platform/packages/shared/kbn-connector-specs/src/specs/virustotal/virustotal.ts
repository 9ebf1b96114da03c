import type { ConnectorSpec } from '../../connector_spec';

export const VirusTotalConnector: ConnectorSpec = {
  metadata: {
    id: '.virustotal',
    displayName: "VirusTotal",
    minimumLicense: 'gold',
    supportedFeatureIds: ['workflows'],
  },
  auth: {
    types: [{ type: 'api_key_header', defaults: { headerField: 'x-apikey' } }, 'basic'],
  },
};
