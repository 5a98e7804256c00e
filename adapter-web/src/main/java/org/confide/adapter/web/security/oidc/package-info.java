/**
 * Staff single sign-on, the protocol side: the organisation's OpenID Connect provider spoken to
 * with the Nimbus OAuth 2.0 / OpenID Connect SDK (discovery, the authorization code flow with PKCE,
 * {@code state} and {@code nonce}, and ID token validation against the provider's published keys).
 * What a verified identity may open is the application's business ({@code
 * SignInWithProviderUseCase}); the pages drive both.
 */
package org.confide.adapter.web.security.oidc;
