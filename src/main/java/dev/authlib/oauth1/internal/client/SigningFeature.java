package dev.authlib.oauth1.internal.client;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * What {@code OAuth1Client.signingFeature()} registers on a JAX-RS or REST client: the {@link ApiCallFilter} (at
 * {@link #FILTER_PRIORITY}, after the application's own filters of default priority, which may still change the URI
 * or the body), the {@link BodyHashInterceptor} and the per-call token converter {@link TokenHandles}. One instance
 * per OAuth client, shared by every client it is registered on.
 */
public final class SigningFeature implements Feature {
    /** Request filters run in ascending priority: sign after {@link Priorities#USER} filters. */
    public static final int FILTER_PRIORITY = Priorities.USER + 1000;

    private final String clientName;
    private final ApiCallFilter filter;
    private final BodyHashInterceptor bodyHash = new BodyHashInterceptor();
    private final ApiCallCredentials credentials;

    SigningFeature(String clientName, SigningFilter signing, ApiCallCredentials credentials) {
        this.clientName = clientName;
        this.credentials = credentials;
        this.filter = new ApiCallFilter(signing, credentials, clientName);
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.register(filter, FILTER_PRIORITY);
        context.register(bodyHash);
        context.register(TokenHandles.INSTANCE);
        return true;
    }

    /** @return the OAuth client that signs */
    public String clientName() {
        return clientName;
    }

    /** @return the components {@link #configure} registers, for a builder that takes no {@code Feature} */
    public Object filter() {
        return filter;
    }

    /** @return the body-hash interceptor */
    public Object bodyHashInterceptor() {
        return bodyHash;
    }

    /** @return how a call without a token of its own finds one (for the asynchronous capture) */
    public ApiCallCredentials credentials() {
        return credentials;
    }

    @Override
    public String toString() {
        return "SigningFeature[" + clientName + "]";
    }
}
