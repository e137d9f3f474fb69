package dev.authlib.demo.provider;

import dev.authlib.oauth1.signature.PercentEncoding;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * A rejected request, answered as the OAuth Problem Reporting extension does: {@code oauth_problem} and
 * {@code oauth_problem_advice} in a form-encoded body (the library turns them into its exception's message).
 */
final class ProviderProblem extends WebApplicationException {
    private static final long serialVersionUID = 1L;

    private ProviderProblem(Response response) {
        super(response);
    }

    static ProviderProblem badRequest(String problem, String advice) {
        return of(Response.Status.BAD_REQUEST, problem, advice, "");
    }

    static ProviderProblem unauthorized(String problem, String advice) {
        return of(Response.Status.UNAUTHORIZED, problem, advice, "");
    }

    static ProviderProblem timestampRefused(long from, long to) {
        return of(Response.Status.UNAUTHORIZED, "timestamp_refused", "the timestamp is too far from the "
                + "provider's clock", "&oauth_acceptable_timestamps=" + from + "-" + to);
    }

    private static ProviderProblem of(Response.Status status, String problem, String advice, String extra) {
        String body = "oauth_problem=" + PercentEncoding.encode(problem) + "&oauth_problem_advice="
                + PercentEncoding.encode(advice) + extra;
        return new ProviderProblem(Response.status(status).type("application/x-www-form-urlencoded")
                .header("WWW-Authenticate", "OAuth realm=\"demo-provider\"").entity(body).build());
    }
}
