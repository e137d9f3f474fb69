package dev.authlib.oauth1.quarkus;

import dev.authlib.oauth1.OAuth1LoginEvent;
import dev.authlib.oauth1.internal.Messages;
import dev.authlib.oauth1.internal.caller.Caller;
import dev.authlib.oauth1.internal.caller.CallerFields;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * Signs the caller in when the built-in callback completed a login of the mechanism's client (its checks passed, the
 * token credentials exchanged): the session cookie goes onto the callback's response, which then returns the browser
 * to {@code next}. A caller the configuration cannot name is not returned to a protected page that would only send
 * them through the provider again: the exception makes the built-in callback answer its error page (AUTHJ4004).
 */
@ApplicationScoped
class LoginCookieWriter {
    private static final System.Logger LOG = System.getLogger(LoginCookieWriter.class.getName());

    @Inject
    LoginSession session;

    @Inject
    Instance<RoutingContext> routing;

    void onLogin(@Observes OAuth1LoginEvent login) {
        if (!session.enabled() || !session.client().equals(login.clientName())) {
            return;
        }
        RoutingContext context = routing.get();
        Optional<Caller> caller = CallerFields.caller(login.clientName(), session.settings(), login.credentials());
        if (caller.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, CallerFields.missingName(login.clientName(), session.settings(),
                    login.credentials()));
            throw refused();
        }
        Optional<Cookie> cookie = session.signIn(context.request(), caller.get());
        if (cookie.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, Messages.sessionCookieTooLarge(login.clientName(),
                    SessionCookie.MAX_BYTES));
            throw refused();
        }
        context.response().addCookie(cookie.get());
    }

    private static ForbiddenException refused() {
        return new ForbiddenException(Response.status(Response.Status.FORBIDDEN)
                .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store")
                .entity("You signed in at the provider, but this application cannot tell who you are; see the server "
                        + "log.").build());
    }
}
