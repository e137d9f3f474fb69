package dev.authlib.oauth1;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Signs every call of a MicroProfile Rest Client interface with a configured OAuth 1.0a client: one annotation on the
 * interface, as Quarkus' {@code @OidcClientFilter} does for OpenID Connect.
 *
 * <pre>{@code
 * @RegisterRestClient(configKey = "twitter-api")   // twitter-api/mp-rest/url=https://api.x.com/2
 * @OAuth1Signed("twitter")                           // authlib.oauth.clients.twitter.*
 * public interface TwitterApi {
 *     @GET @Path("users/me")
 *     User me();                                                                   // the current user's token
 *
 *     @GET @Path("users/me")
 *     User me(@HeaderParam(OAuth1Signed.TOKEN_HEADER) TokenCredentials token);     // this token, for this call
 *
 *     @POST @Path("tweets") @Consumes(MediaType.APPLICATION_JSON)
 *     CompletionStage<Tweet> post(NewTweet tweet);
 * }
 * }</pre>
 *
 * <p><b>Credentials.</b> Each call is signed when it is sent, with a fresh nonce and timestamp, by the client
 * configured under {@code authlib.oauth.clients.<value>.*}, with the first of: the token credentials passed in a
 * {@link #TOKEN_HEADER} parameter; the client's static {@code token}; the current user's token from the application's
 * {@link OAuth1TokenResolver}; for a client that cannot log users in, the client credentials alone. A call of a login
 * client that finds no token fails with an {@link OAuth1Exception} before anything is sent.
 *
 * <p><b>What is signed.</b> The URI as the REST client sends it (query and path parameters encoded once, by the
 * REST client); {@code @FormParam}, {@code Form} and {@code MultivaluedMap} bodies with their parameters; any other
 * body (JSON, XML) with {@code oauth_body_hash} where the client's {@code body-hash} is set, else without it.
 *
 * <p><b>Asynchronous calls.</b> For a {@code CompletionStage} method the resolver is asked on the calling thread
 * (so a request-scoped resolver works), even where the request is sent from another thread. A Mutiny {@code Uni}
 * (Quarkus REST) is signed when it is subscribed to, on the subscribing thread.
 *
 * <p><b>How it is attached.</b> The library's {@code RestClientListener}, which every MicroProfile Rest Client
 * implementation loads with {@code ServiceLoader}, registers its filter, body-hash interceptor and token converter on
 * each client of an interface carrying this annotation (or extending one that does); nothing else is needed, and no
 * {@code @RegisterProvider}. The named client is looked up in CDI when the REST client is built; an unknown name
 * fails there. Without CDI (Java SE), build the REST client with {@code RestClientBuilder.newBuilder().baseUri(uri)
 * .register(client.signingFeature()).build(TwitterApi.class)}.
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
public @interface OAuth1Signed {

    /**
     * The header parameter that gives one call its own token credentials:
     * {@code @HeaderParam(OAuth1Signed.TOKEN_HEADER) TokenCredentials token}. The header never reaches the wire: the
     * library turns the credentials into a single-use handle that its filter takes back, and removes, when it signs.
     * A {@code null} argument signs the call as if there were no such parameter.
     */
    String TOKEN_HEADER = "X-Authlib-OAuth1-Token";

    /**
     * @return the name of the configured client that signs the calls ({@code authlib.oauth.clients.<name>.*}, the
     *     name of its {@code @Named} bean)
     */
    String value();

    /**
     * Whether the provider's refusals become the library's exception: {@code true} throws, for a 401 answer (and a
     * 400 carrying {@code oauth_problem}), an {@link OAuth1ProviderException} with the HTTP status, the provider's
     * {@code oauth_problem} and advice, and for {@code timestamp_refused} a hint about this server's clock; never a
     * secret. {@code false} (the default) leaves them to the REST client's own mapping
     * ({@code WebApplicationException}).
     *
     * @return whether refusals are thrown as {@link OAuth1ProviderException}
     */
    boolean mapProblems() default false;
}
