/**
 * "Log in with X" as the application's authentication on Jakarta EE servers (Payara, OpenLiberty with
 * {@code appSecurity-5.0}): the types an application's {@code IdentityStore} meets.
 *
 * <p>With {@code authlib.oauth.security.client=x} the library registers a Jakarta Security
 * {@code HttpAuthenticationMechanism}: an anonymous request to a protected resource goes through client {@code x}'s
 * login, and the provider's callback signs the caller in. The mechanism validates an {@link
 * dev.authlib.oauth1.security.OAuth1Credential} (the client and the caller's token credentials) through the
 * container's {@code IdentityStoreHandler}; the library's own identity store names the caller after a field of the
 * token response ({@code authlib.oauth.security.caller-name}) and gives an {@link
 * dev.authlib.oauth1.security.OAuth1CallerPrincipal}. An application store may add groups to it
 * ({@code PROVIDE_GROUPS}), or validate the credential itself ({@code VALIDATE}) and name the caller its own way.
 *
 * <p>This package needs the Jakarta Security API, which the server provides. Without it (OpenLiberty without
 * {@code appSecurity-5.0}, Quarkus) the rest of the library works as ever and these types are never loaded.
 */
package dev.authlib.oauth1.security;
