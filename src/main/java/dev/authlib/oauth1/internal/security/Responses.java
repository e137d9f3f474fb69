package dev.authlib.oauth1.internal.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The mechanism's answers: a redirect that continues the login, or a short plain-text page that ends it. Never
 * cached, never a stack trace; the page is written and committed before the container sees the status, so that it
 * cannot be replaced by an error page of the container's own.
 */
final class Responses {
    static final String NOT_ACCEPTED = "You signed in at the provider, but this application does not accept the "
            + "account. Please ask its administrator.";
    static final String INVALID_CALLBACK = "This login link is invalid, was already used, or has expired. Please "
            + "start the login again.";
    static final String CANCELLED = "The login was cancelled at the provider.";
    static final String PROVIDER_FAILED = "The provider did not answer as expected. Please try again later.";
    static final String MISCONFIGURED = "The login is misconfigured; see the server log.";

    private Responses() {}

    /**
     * A redirect to {@code location} through the container's own {@link HttpMessageContext#redirect} (302): the
     * container continues with the browser's next request. Each server finishes that status its own way (OpenLiberty
     * sends the redirect itself, and fails on one the mechanism wrote by hand; Payara's JAX-RS layer answers 403 over
     * an uncommitted one).
     */
    static AuthenticationStatus redirect(HttpServletResponse response, HttpMessageContext context, String location) {
        response.setHeader("Cache-Control", "no-store");
        return context.redirect(location);
    }

    /** A plain-text page with {@code status}; this request is not authenticated. */
    static AuthenticationStatus page(HttpServletResponse response, int status, String text) {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        try {
            response.getWriter().write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flush(response);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static void flush(HttpServletResponse response) {
        try {
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
