package dev.authlib.oauth1.internal.security;

import dev.authlib.oauth1.OAuth1LoginEvent;
import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.internal.Messages;
import dev.authlib.oauth1.internal.caller.Caller;
import dev.authlib.oauth1.internal.config.ConfigScan;
import dev.authlib.oauth1.internal.config.SecurityConfig;
import dev.authlib.oauth1.security.OAuth1Credential;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Signs a caller in after a completed login: the container's identity stores validate the {@link OAuth1Credential}
 * (name and groups), the session id changes (no fixation), the caller goes into the session, where the mechanism
 * finds them on every later request. Called by the mechanism's callback, and by the built-in callback route through
 * its {@link OAuth1LoginEvent}, so that a "Log in with X" link ({@code oauth1/x/login?next=/home}) signs in too.
 */
public class CallerSignIn {
    /** Set on a request whose caller was signed in already (the mechanism's callback fires the event after). */
    static final String SIGNED_IN = "dev.authlib.oauth1.security.signed-in";
    private static final System.Logger LOG = System.getLogger(CallerSignIn.class.getName());

    @Inject
    Instance<HttpServletRequest> requests;

    private SecurityConfig settings;

    @PostConstruct
    void read() {
        settings = ConfigScan.security(ConfigProvider.getConfig());
    }

    /** @return the signed-in caller, or empty when the identity stores did not validate them (logged) */
    Optional<Caller> signIn(String client, TokenCredentials credentials, HttpServletRequest request) {
        CredentialValidationResult result = Beans.get(IdentityStoreHandler.class)
                .validate(new OAuth1Credential(client, credentials));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            LOG.log(System.Logger.Level.INFO, Messages.callerNotValidated(client, result.getStatus().name()));
            return Optional.empty();
        }
        Caller caller = new Caller(client, result.getCallerPrincipal().getName(),
                new java.util.ArrayList<>(new TreeSet<>(result.getCallerGroups())), credentials);
        if (request.getSession(false) != null) {
            request.changeSessionId(); // the session that held the pending login now holds a caller: a new id
        }
        SessionCallers.put(request.getSession(true), caller);
        request.setAttribute(SIGNED_IN, Boolean.TRUE);
        return Optional.of(caller);
    }

    /**
     * The built-in callback route completed a login of the mechanism's client: sign that caller in too. A caller the
     * identity stores refuse must not get the return path, which, protected, would only send them through the
     * provider again: the exception is the built-in callback's answer instead (403, AUTHJ4005 logged, the failure event).
     */
    void onLogin(@Observes OAuth1LoginEvent login) {
        if (settings.client().filter(login.clientName()::equals).isEmpty()) {
            return;
        }
        HttpServletRequest request;
        try {
            request = requests.isResolvable() ? requests.get() : null;
            if (request == null || request.getAttribute(SIGNED_IN) != null) {
                return;
            }
        } catch (ContextNotActiveException | IllegalStateException e) {
            return; // fired outside an HTTP request: nobody to sign in
        }
        if (signIn(login.clientName(), login.credentials(), request).isEmpty()) {
            throw new ForbiddenException(Response.status(Response.Status.FORBIDDEN)
                    .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store")
                    .entity(Responses.NOT_ACCEPTED).build());
        }
    }
}
