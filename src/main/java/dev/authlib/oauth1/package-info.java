/**
 * OAuth 1.0a (RFC 5849) client logins and signed API calls for Jakarta EE and MicroProfile applications.
 *
 * <p>Configure a provider under {@code authlib.oauth.clients.<name>.*} (MicroProfile Config) and inject its client:
 *
 * <pre>{@code
 * @Inject @Named("twitter") OAuth1Client twitter;
 *
 * // log in: GET /oauth1/twitter/login (built in), or in your own resource:
 * return twitter.authorizeRedirect(URI.create("https://app.example.com/callback"));
 * // callback: the built-in /oauth1/twitter/authorize fires OAuth1LoginEvent, or in your own resource:
 * TokenCredentials token = twitter.authorizeAccessToken(uriInfo);
 * // signed API calls
 * try (Response r = twitter.get("account/verify_credentials.json", token)) { ... }
 * }</pre>
 *
 * <p>Every failure is an {@link dev.authlib.oauth1.OAuth1Exception}: {@link dev.authlib.oauth1.OAuth1ProviderException}
 * when the provider rejected a request, {@link dev.authlib.oauth1.OAuth1TransportException} when it could not be
 * reached, {@link dev.authlib.oauth1.OAuth1CallbackException} for a callback that must be refused, and {@link
 * dev.authlib.oauth1.OAuth1ConfigurationException} when the application is misconfigured. No message or {@code
 * toString()} ever carries a secret.
 */
package dev.authlib.oauth1;
