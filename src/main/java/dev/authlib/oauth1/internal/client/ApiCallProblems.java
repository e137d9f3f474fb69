package dev.authlib.oauth1.internal.client;

import dev.authlib.oauth1.OAuth1ProviderException;
import dev.authlib.oauth1.internal.Messages;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;

/**
 * A provider's refusal of an API call as the library's exception: the status, the {@code oauth_problem} (OAuth
 * Problem Reporting, in {@code WWW-Authenticate} or the body) and its advice, and for {@code timestamp_refused} what
 * the answer tells about this server's clock. A 401 is always a refusal of the credentials; a 400 only when it carries
 * an {@code oauth_problem} (else it is the API's own error, left to the caller).
 */
public final class ApiCallProblems {
    /** A skew below this is within what providers accept (usually 5 to 10 minutes): no clock figure is given. */
    static final Duration NOTABLE_SKEW = Duration.ofSeconds(30);

    private ApiCallProblems() {}

    /**
     * @param client the configured client that signed the call
     * @param response the provider's answer; its body is buffered, so that the caller may still read it
     * @param clock this server's clock
     * @return the exception, or {@code null} when the answer is no refusal of the credentials
     */
    public static OAuth1ProviderException of(String client, Response response, Clock clock) {
        int status = response.getStatus();
        if (status != 401 && status != 400) {
            return null;
        }
        String wwwAuthenticate = response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE);
        String body = bufferedBody(response);
        boolean oauthProblem = wwwAuthenticate != null && wwwAuthenticate.contains("oauth_problem=")
                || body.contains("oauth_problem");
        if (status == 400 && !oauthProblem) {
            return null;
        }
        ProviderProblem p = ProviderProblem.of(response.getHeaderString(HttpHeaders.CONTENT_TYPE), body,
                wwwAuthenticate);
        return new OAuth1ProviderException(client, Messages.apiCallRefused(status, p.problem(), p.advice(),
                hint(p, response.getDate(), clock)), status, p.problem(), p.advice());
    }

    /** What to check, for the problems that point at one thing; {@code null} for the others. */
    static String hint(ProviderProblem p, Date providerDate, Clock clock) {
        String problem = p.problem();
        if ("timestamp_refused".equals(problem)) {
            long now = clock.instant().getEpochSecond();
            Long skew = null;
            if (providerDate != null) {
                long s = Duration.between(clock.instant(), providerDate.toInstant()).getSeconds();
                skew = Math.abs(s) < NOTABLE_SKEW.getSeconds() ? null : s;
            }
            return Messages.clockHint(now, p.acceptableTimestamps(), skew);
        }
        if ("signature_invalid".equals(problem) || "invalid_signature".equals(problem)
                || "consumer_key_unknown".equals(problem) || "invalid_client".equals(problem)) {
            return Messages.signatureHint();
        }
        return null;
    }

    /**
     * The body as text, buffered (the caller may read it again); empty when there is none, or when it announces more
     * than {@link ProviderResponses#MAX_BODY} (a refusal is a few hundred bytes).
     */
    private static String bufferedBody(Response response) {
        if (response.getLength() > ProviderResponses.MAX_BODY) {
            return "";
        }
        try {
            response.bufferEntity();
            String body = response.readEntity(String.class);
            return body == null || body.length() > ProviderResponses.MAX_BODY ? "" : body;
        } catch (RuntimeException noBody) { // no entity, or unreadable: the header may still say enough
            return "";
        }
    }
}
