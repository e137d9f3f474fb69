package dev.authlib.oauth1.internal.restclient;

import dev.authlib.oauth1.OAuth1ProviderException;
import dev.authlib.oauth1.internal.client.ApiCallProblems;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * {@code @OAuth1Signed(mapProblems = true)}: the provider's refusal of a typed call (401, or 400 with
 * {@code oauth_problem}) as {@link OAuth1ProviderException}; any other answer goes on to the next mapper (in the end
 * the REST client's own, whose priority is the lowest).
 */
final class ProblemMapper implements ResponseExceptionMapper<OAuth1ProviderException> {
    /** Before the default mapper ({@code Integer.MAX_VALUE}) and the application's of default priority (5000). */
    static final int PRIORITY = 100;

    private final String clientName;

    ProblemMapper(String clientName) {
        this.clientName = clientName;
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status == 401 || status == 400;
    }

    @Override
    public OAuth1ProviderException toThrowable(Response response) {
        return ApiCallProblems.of(clientName, response, Clock.systemUTC());
    }

    @Override
    public int getPriority() {
        return PRIORITY;
    }
}
