/** The identity module's public face: users, sign-in, tokens, addresses, API keys. */
export { addressNormalisation } from './jp-address';
export { createPasswordReset } from './password-reset';
export { postalCodeRoutes } from './postal-code-routes';
export { passwordResetRoutes } from './reset-routes';
export { identityRoutes } from './routes';
export { Address as AddressSchema, AddressFields, AddressInput as AddressInputSchema, AddressValue as AddressValueSchema, User as UserSchema } from './schemas';
export type { Address, AddressInput, AddressValue, ApiKey, Contact, Locale, Session, User, UserRef } from './model';
export { type IdentityService, createIdentityService } from './service';
export { createTokenSigner, randomSecret } from './tokens';
