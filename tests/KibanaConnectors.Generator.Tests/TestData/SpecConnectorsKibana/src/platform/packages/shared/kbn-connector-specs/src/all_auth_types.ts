export * from './auth_types/api_key_header';
export * from './auth_types/bearer';
export { OAuthAuthorizationCode } from './auth_types/oauth_authorization_code';
// export * from './auth_types/pfx';
