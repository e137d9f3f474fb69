package dev.authlib.oauth1.internal.client;

import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.OAuth1Exception;
import dev.authlib.oauth1.OAuth1Signed;
import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.internal.Messages;
import dev.authlib.oauth1.internal.client.SigningFilter.RequestCredentials;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.util.List;

/**
 * Signs the API calls of a JAX-RS client the library does not own: a typed REST client ({@link OAuth1Signed}) or the
 * application's own client ({@link OAuth1Client#signingFeature()}). It chooses the credentials, {@link SigningFilter}
 * signs (a fresh nonce each send). In order: the call's own token, from the handle in
 * {@link OAuth1Signed#TOKEN_HEADER} (the header is removed) or the request property
 * {@link OAuth1Client#TOKEN_PROPERTY}; else {@link ApiCallCredentials}: the static token, the resolver's, or none.
 */
final class ApiCallFilter implements ClientRequestFilter {
    private final SigningFilter signing;
    private final ApiCallCredentials calls;
    private final String clientName;

    ApiCallFilter(SigningFilter signing, ApiCallCredentials calls, String clientName) {
        this.signing = signing;
        this.calls = calls;
        this.clientName = clientName;
    }

    @Override
    public void filter(ClientRequestContext request) {
        signing.sign(request, credentials(request));
    }

    private RequestCredentials credentials(ClientRequestContext request) {
        List<Object> carried = request.getHeaders().remove(OAuth1Signed.TOKEN_HEADER);
        if (carried != null && !carried.isEmpty()) {
            return perCall(carried.get(0));
        }
        Object token = request.getProperty(OAuth1Client.TOKEN_PROPERTY);
        if (token == null) {
            token = request.getConfiguration().getProperty(OAuth1Client.TOKEN_PROPERTY);
        }
        if (token == null) {
            return calls.forCall();
        }
        if (token instanceof TokenCredentials) {
            return RequestCredentials.of((TokenCredentials) token);
        }
        throw new OAuth1Exception(clientName, Messages.tokenPropertyNotCredentials(token.getClass().getName()), null);
    }

    /** The token of a per-call handle; a value that is none (typed by hand, used twice, expired) stops the call. */
    private RequestCredentials perCall(Object value) {
        if (value instanceof TokenCredentials) { // a client that passed the object through unconverted
            return RequestCredentials.of((TokenCredentials) value);
        }
        TokenCredentials token = TokenHandles.INSTANCE.take(String.valueOf(value));
        if (token == null) {
            throw new OAuth1Exception(clientName, Messages.perCallTokenUnknown(), null);
        }
        return RequestCredentials.of(token);
    }
}
