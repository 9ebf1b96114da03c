const GATED_CONNECTOR_SPECS: Record<string, keyof ExperimentalFeatures> = {
  '.virustotal': 'virusTotalConnectorOn',
};
