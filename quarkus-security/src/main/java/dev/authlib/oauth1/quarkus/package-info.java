/**
 * "Log in with X" as a Quarkus application's authentication, through Quarkus Security: with
 * {@code authlib.oauth.security.client=x}, an anonymous request to an {@code @Authenticated} or
 * {@code @RolesAllowed} resource is sent through client {@code x}'s built-in login ({@code oauth1/x/login}), and the
 * built-in callback signs the caller in with a session cookie sealed under the server keys
 * ({@code authlib.oauth.store.cookie.keys}). Every later request carries a {@code SecurityIdentity}: its principal
 * named after the token-response field {@code authlib.oauth.security.caller-name}, its roles from
 * {@code authlib.oauth.security.roles-field} and from the application's {@code SecurityIdentityAugmentor}s, its
 * attributes as {@link dev.authlib.oauth1.quarkus.OAuth1Identity} names them. {@code oauth1/x/logout} ends it.
 *
 * <p>Works the same with RESTEasy Classic (with or without Undertow) and with Quarkus REST; no HTTP session is used.
 */
package dev.authlib.oauth1.quarkus;
