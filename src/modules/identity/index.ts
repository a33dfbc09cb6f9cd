/** The identity module's public face: users, sign-in, tokens, addresses, API keys. */
export { addressNormalisation } from './jp-address';
export { createPasswordReset } from './password-reset';
export { postalCodeRoutes } from './postal-code-routes';
export { identityRepo } from './repo';
export { passwordResetRoutes } from './reset-routes';
export { identityRoutes } from './routes';
export { type IdentityService, createIdentityService } from './service';
export { createTokenSigner, randomSecret } from './tokens';
