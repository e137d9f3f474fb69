package dev.authlib.oauth1.internal.security;

import dev.authlib.oauth1.AccessDeniedException;
import dev.authlib.oauth1.OAuth1CallbackException;
import dev.authlib.oauth1.OAuth1ConfigurationException;
import dev.authlib.oauth1.OAuth1Exception;
import dev.authlib.oauth1.OAuth1LoginEvent;
import dev.authlib.oauth1.OAuth1LoginFailedEvent;
import dev.authlib.oauth1.internal.Messages;
import dev.authlib.oauth1.internal.caller.Caller;
import dev.authlib.oauth1.internal.cdi.DefaultOAuth1Clients;
import dev.authlib.oauth1.internal.client.ManagedOAuth1Client;
import dev.authlib.oauth1.internal.config.ConfigKeys;
import dev.authlib.oauth1.internal.config.ConfigScan;
import dev.authlib.oauth1.internal.config.SecurityConfig;
import dev.authlib.oauth1.internal.config.WebConfig;
import dev.authlib.oauth1.internal.store.CookieJar;
import dev.authlib.oauth1.internal.store.StoreSelection;
import dev.authlib.oauth1.internal.web.WebSettings;
import dev.authlib.oauth1.signature.PercentEncoding;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * "Log in with X" as the application's Jakarta Security mechanism ({@code authlib.oauth.security.client=x}). On
 * every request, in this order: the provider's callback completes the login and signs the caller in
 * ({@link CallerSignIn}), then back to the URL first asked for; a signed-in caller (in the HTTP session) is made the
 * request's caller; an anonymous request to a protected resource (or {@code request.authenticate()}) starts the
 * login: a redirect to the provider. Everything else passes untouched.
 *
 * <p>The callback makes the same checks as the built-in route, through the same client code (bound to this browser
 * by the configured store, single use, expiry, denial); a callback that fails them ends in a 4xx page, never
 * authenticated. Containers may call this more than once per request (OpenLiberty does for {@code @RolesAllowed}
 * resources): every branch gives the same answer again.
 */
public class OAuth1AuthenticationMechanism implements HttpAuthenticationMechanism {
    private static final System.Logger LOG = System.getLogger(OAuth1AuthenticationMechanism.class.getName());

    @Inject
    Event<OAuth1LoginEvent> loggedIn;

    @Inject
    Event<OAuth1LoginFailedEvent> loginFailed;

    private SecurityConfig settings;
    private WebConfig web;
    private DefaultOAuth1Clients clients;
    private StoreSelection stores;
    private CookieJar jar;
    private CallerSignIn signIn;
    private WebSettings webSettings;

    @PostConstruct
    void read() {
        settings = ConfigScan.security(ConfigProvider.getConfig());
        web = ConfigScan.web(ConfigProvider.getConfig());
        clients = Beans.get(DefaultOAuth1Clients.class);
        stores = Beans.get(StoreSelection.class);
        jar = Beans.get(CookieJar.class); // a client proxy: the current request's jar at each use
        signIn = Beans.get(CallerSignIn.class);
        webSettings = Beans.get(WebSettings.class);
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        ManagedOAuth1Client client = clients.findManaged(settings.client().orElseThrow()).orElseThrow();
        if (CallbackUris.isCallback(client, request)) {
            return callback(client, request, response, context);
        }
        Caller caller = SessionCallers.current(request, client.name());
        if (caller != null) {
            return context.notifyContainerAboutLogin(caller.name(), new LinkedHashSet<>(caller.roles()));
        }
        if (context.isProtected() || context.isAuthenticationRequest()) {
            return challenge(client, request, response, context);
        }
        return context.doNothing();
    }

    /** Removes the caller from the session ({@code request.logout()}); the container ends its own state. */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SessionCallers.remove(request);
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus challenge(ManagedOAuth1Client client, HttpServletRequest request,
            HttpServletResponse response, HttpMessageContext context) {
        Optional<URI> callback = CallbackUris.callback(client, request, webSettings);
        if (callback.isEmpty()) {
            String refused = Messages.untrustedOrigin(WebSettings.shownOrigin(CallbackUris.requestBase(request)),
                    ConfigKeys.WEB_PUBLIC_URL, ConfigKeys.WEB_ALLOWED_HOSTS);
            LOG.log(System.Logger.Level.WARNING, "OAuth 1 client ''{0}'': {1}", client.name(), refused);
            return Responses.page(response, HttpServletResponse.SC_BAD_REQUEST, refused); // the provider never asked
        }
        attachCookies(request);
        if (!CallbackUris.configured(client) && stores.cookiesUsed()) {
            jar.scopeToLibraryRoutes(); // the login ends at <context>/oauth1/<client>/authorize: the cookie too
        }
        try {
            URI authorization = client.startLogin(callback.get(), Map.of(), ReturnTargets.of(request));
            ServletCookies.write(stores, jar, response);
            return Responses.redirect(response, context, authorization.toString());
        } catch (OAuth1ConfigurationException e) {
            LOG.log(System.Logger.Level.ERROR, e.getMessage());
            return Responses.page(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, Responses.MISCONFIGURED);
        } catch (OAuth1Exception e) {
            LOG.log(System.Logger.Level.WARNING, e.getMessage());
            return Responses.page(response, HttpServletResponse.SC_BAD_GATEWAY, Responses.PROVIDER_FAILED);
        }
    }

    private void attachCookies(HttpServletRequest request) {
        ServletCookies.attach(stores, jar, request, request.isSecure() || webSettings.publicUrlIsHttps());
    }

    private AuthenticationStatus callback(ManagedOAuth1Client client, HttpServletRequest request,
            HttpServletResponse response, HttpMessageContext context) {
        attachCookies(request);
        ManagedOAuth1Client.Completed completed;
        try {
            completed = client.completeLogin(queryParameters(request));
        } catch (AccessDeniedException e) {
            loginFailed.fire(new OAuth1LoginFailedEvent(client.name(), e));
            ServletCookies.write(stores, jar, response);
            return web.failureUrl().map(f -> Responses.redirect(response, context, f))
                    .orElseGet(() -> Responses.page(response, HttpServletResponse.SC_FORBIDDEN, Responses.CANCELLED));
        } catch (OAuth1CallbackException e) {
            LOG.log(System.Logger.Level.INFO, e.getMessage());
            loginFailed.fire(new OAuth1LoginFailedEvent(client.name(), e));
            ServletCookies.write(stores, jar, response);
            return Responses.page(response, HttpServletResponse.SC_BAD_REQUEST, Responses.INVALID_CALLBACK);
        } catch (OAuth1ConfigurationException e) {
            LOG.log(System.Logger.Level.ERROR, e.getMessage());
            return Responses.page(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, Responses.MISCONFIGURED);
        } catch (OAuth1Exception e) {
            LOG.log(System.Logger.Level.WARNING, e.getMessage());
            loginFailed.fire(new OAuth1LoginFailedEvent(client.name(), e));
            ServletCookies.write(stores, jar, response);
            return Responses.page(response, HttpServletResponse.SC_BAD_GATEWAY, Responses.PROVIDER_FAILED);
        }
        ServletCookies.write(stores, jar, response);
        Optional<Caller> caller = signIn.signIn(client.name(), completed.credentials(), request);
        if (caller.isEmpty()) {
            return Responses.page(response, HttpServletResponse.SC_FORBIDDEN, Responses.NOT_ACCEPTED);
        }
        OAuth1LoginEvent login = new OAuth1LoginEvent(client.name(), completed.credentials());
        try {
            loggedIn.fire(login);
        } catch (RuntimeException e) {
            SessionCallers.remove(request); // the application could not take the login: not signed in
            OAuth1Exception failure = new OAuth1Exception(client.name(), Messages.loginObserverFailed(
                    "an observer of OAuth1LoginEvent", e.getClass().getName()), e);
            LOG.log(System.Logger.Level.ERROR, failure.getMessage(), e);
            loginFailed.fire(new OAuth1LoginFailedEvent(client.name(), failure));
            return Responses.page(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, Messages.signInPageFailed());
        }
        // this request stays anonymous (no resource is behind the callback path); the next one carries the caller
        String back = ReturnTargets.safe(completed.returnTo());
        return Responses.redirect(response, context, back != null ? back
                : web.successUrl().orElse(request.getContextPath() + "/"));
    }

    /**
     * The callback's query parameters, decoded, as JAX-RS gives them to the built-in route (the query only: a form
     * body is no callback's); a malformed escape makes the callback invalid.
     */
    static MultivaluedMap<String, String> queryParameters(HttpServletRequest request) {
        MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
        String query = request.getQueryString();
        if (query == null) {
            return params;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                params.add(PercentEncoding.decodeFormComponent(eq < 0 ? pair : pair.substring(0, eq)),
                        eq < 0 ? "" : PercentEncoding.decodeFormComponent(pair.substring(eq + 1)));
            } catch (IllegalArgumentException e) {
                return new MultivaluedHashMap<>(); // no token, no verifier: rejected as an invalid callback
            }
        }
        return params;
    }
}
