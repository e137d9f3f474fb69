package dev.authlib.oauth1.internal.client;

import jakarta.ws.rs.client.ClientBuilder;
import java.lang.reflect.Method;

/**
 * Switches off the retries that a JAX-RS implementation's HTTP engine makes below the client filters: such a retry
 * sends the request again with the signature and nonce {@link SigningFilter} gave the first attempt, which
 * RFC 5849 §3.3 forbids (the provider sees the nonce twice, and may act twice on the request).
 *
 * <ul>
 *   <li>RESTEasy (Weld/Undertow, OpenLiberty's {@code restfulWS}; Quarkus {@code quarkus-resteasy-client} is RESTEasy
 *       too, not run against a dropping provider): its
 *       Apache HttpClient 4 engine retries a request without a body (GET, DELETE) up to three times after an I/O
 *       error. No property turns that off; {@code ResteasyClientBuilder.disableAutomaticRetries()} does, and is
 *       called here by reflection, so the library compiles against the JAX-RS API alone.</li>
 *   <li>Jersey (Payara) over its default connector, the JDK's {@code HttpURLConnection}: the JDK resends a request
 *       once when reading its response fails, every method but POST, and POST too unless the JVM runs with
 *       {@code -Dsun.net.http.retryPost=false}. Only streaming mode stops it, which turns every 401 into an
 *       exception without the provider's answer, and does not exist for GET: nothing portable can switch it off
 *       (see the README).</li>
 *   <li>Quarkus REST ({@code quarkus-rest-client}, Vert.x): sends once (its 3.33.2 client checked outside
 *       Quarkus).</li>
 * </ul>
 */
final class TransportRetries {
    private static final System.Logger LOG = System.getLogger(TransportRetries.class.getName());

    private TransportRetries() {}

    static ClientBuilder disable(ClientBuilder builder) {
        Method disable;
        try {
            disable = builder.getClass().getMethod("disableAutomaticRetries");
        } catch (NoSuchMethodException e) {
            return builder; // not RESTEasy
        }
        try {
            disable.invoke(builder);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot switch off the HTTP engine''s retries of {0} ({1}): a "
                    + "request that fails after it was sent may be sent again with the same nonce",
                    builder.getClass().getName(), e.getClass().getSimpleName());
        }
        return builder;
    }
}
