package dev.authlib.oauth1.internal.client;

import dev.authlib.oauth1.OAuth1ProviderException;
import dev.authlib.oauth1.OAuth1TransportException;
import dev.authlib.oauth1.internal.Messages;
import dev.authlib.oauth1.signature.ResponseParameters;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Reads a token endpoint's response: bounded, always closed, errors mapped to {@link OAuth1ProviderException}. */
final class ProviderResponses {
    /** Token responses are a few hundred bytes; anything this large is not one. */
    static final int MAX_BODY = 64 * 1024;

    private ProviderResponses() {}

    static Map<String, String> tokenResponse(String client, String endpoint, Response response) {
        return tokenResponse(client, endpoint, response, null);
    }

    /** @param deadline when reading the body must have ended, or null for none */
    static Map<String, String> tokenResponse(String client, String endpoint, Response response, Deadline deadline) {
        try (response) {
            int status = response.getStatus();
            String contentType = response.getHeaderString(HttpHeaders.CONTENT_TYPE);
            if (status >= 300 && status < 400) {
                throw new OAuth1ProviderException(client, endpoint + " answered a redirect (" + status
                        + ") instead of credentials; check the URL (scheme, host, trailing slash)", status, null, null);
            }
            String body = readBounded(client, endpoint, response, status, deadline);
            if (status >= 400) {
                ProviderProblem p = ProviderProblem.of(contentType, body,
                        response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
                throw new OAuth1ProviderException(client, describe(endpoint, status, p), status, p.problem(), p.advice());
            }
            if (body.stripLeading().startsWith("<")) {
                // an HTML page (login, maintenance, captive portal) or an XML document: not copied into the message
                throw new OAuth1ProviderException(client, endpoint + " answered " + status + " with an HTML or XML "
                        + "document (" + ProviderProblem.clean(contentType) + ") instead of a token response; check "
                        + "the URL", status, null, null);
            }
            try {
                return ResponseParameters.parse(contentType, body);
            } catch (IllegalArgumentException e) {
                throw new OAuth1ProviderException(client, endpoint + " answered " + status + " with a body that is "
                        + "neither form-encoded nor JSON (" + e.getMessage() + ")", status, null, null);
            }
        }
    }

    static String describe(String endpoint, int status, ProviderProblem p) {
        StringBuilder sb = new StringBuilder(endpoint).append(" refused the request: HTTP ").append(status);
        if (p.problem() != null) {
            sb.append(", oauth_problem=").append(p.problem());
        }
        if (p.advice() != null) {
            sb.append(" (").append(p.advice()).append(')');
        }
        if ("timestamp_refused".equals(p.problem())) {
            sb.append("; the provider refused oauth_timestamp: this server's clock is probably off, check NTP");
            if (p.acceptableTimestamps() != null) {
                sb.append(" (acceptable: ").append(p.acceptableTimestamps()).append(')');
            }
        } else if ("signature_invalid".equals(p.problem()) || "consumer_key_unknown".equals(p.problem())) {
            sb.append("; check client-id, client-secret and signature-method");
        }
        return sb.toString();
    }

    /** Reads at most {@link #MAX_BODY} bytes, checking the deadline between reads (so at most a read timeout late). */
    private static String readBounded(String client, String endpoint, Response response, int status,
            Deadline deadline) {
        if (response.getLength() > MAX_BODY) {
            throw tooLarge(client, endpoint, status);
        }
        // Not hasEntity(): RESTEasy answers false for a body without Content-Type, which some providers send.
        InputStream entity;
        try {
            entity = response.readEntity(InputStream.class);
        } catch (IllegalStateException noEntity) {
            return "";
        } catch (ProcessingException e) {
            throw unreadable(client, endpoint, status, e);
        }
        if (entity == null) {
            return "";
        }
        try {
            byte[] buffer = new byte[1024];
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            for (int n = entity.read(buffer); n >= 0; n = entity.read(buffer)) {
                bytes.write(buffer, 0, n);
                if (bytes.size() > MAX_BODY) {
                    abort(response);
                    throw tooLarge(client, endpoint, status);
                }
                if (deadline != null && deadline.passed()) {
                    abort(response);
                    throw new OAuth1TransportException(client, Messages.callDeadline(endpoint, deadline.toString(),
                            client), null);
                }
            }
            entity.close(); // at its end: nothing left to drain, the connection goes back to the pool
            return bytes.toString(charset(response));
        } catch (IOException e) {
            abort(response);
            throw unreadable(client, endpoint, status, e);
        }
    }

    /**
     * Gives a response up without reading the rest of its body: closing it normally would read a trickling or huge
     * body to its end first (Apache HttpClient, RESTEasy's default engine, drains it to reuse the connection), so
     * RESTEasy's {@code releaseConnection(false)} closes the connection instead. Other clients close without
     * draining more than a little (the JDK's HttpURLConnection, at most 512 bytes).
     */
    static void abort(Response response) {
        try {
            java.lang.reflect.Method release = response.getClass().getMethod("releaseConnection", boolean.class);
            release.setAccessible(true);
            release.invoke(response, false);
        } catch (ReflectiveOperationException | RuntimeException notResteasy) {
            // closed by the caller's try-with-resources
        }
    }

    private static OAuth1ProviderException unreadable(String client, String endpoint, int status, Exception e) {
        return new OAuth1ProviderException(client, endpoint + " answered " + status
                + " but its body could not be read (" + e.getClass().getSimpleName() + ")", status, null, null);
    }

    private static Charset charset(Response response) {
        String cs = response.getMediaType() == null ? null : response.getMediaType().getParameters().get("charset");
        try {
            return cs == null ? StandardCharsets.UTF_8 : Charset.forName(cs);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static OAuth1ProviderException tooLarge(String client, String endpoint, int status) {
        return new OAuth1ProviderException(client, endpoint + " answered " + status + " with a body over "
                + MAX_BODY / 1024 + " KiB, which is no token response", status, null, null);
    }
}
