/*
 * Fixture: the barrel of the specs Kibana registers.
 */
export { JinaReaderConnector } from './specs/jina/jina_reader';
// export { Retired } from './specs/retired/retired';
export { Slack } from './specs/slack/slack';
export { VirusTotalConnector } from './specs/virustotal/virustotal';
