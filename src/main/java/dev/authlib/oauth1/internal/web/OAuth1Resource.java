package dev.authlib.oauth1.internal.web;

import dev.authlib.oauth1.AccessDeniedException;
import dev.authlib.oauth1.OAuth1CallbackException;
import dev.authlib.oauth1.OAuth1ConfigurationException;
import dev.authlib.oauth1.OAuth1Exception;
import dev.authlib.oauth1.OAuth1LoginEvent;
import dev.authlib.oauth1.OAuth1LoginFailedEvent;
import dev.authlib.oauth1.internal.Messages;
import dev.authlib.oauth1.internal.cdi.DefaultOAuth1Clients;
import dev.authlib.oauth1.internal.client.ManagedOAuth1Client;
import dev.authlib.oauth1.internal.config.ConfigKeys;
import dev.authlib.oauth1.internal.store.CookieJar;
import dev.authlib.oauth1.internal.store.StoreSelection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;

/**
 * The built-in routes, relative to the application's JAX-RS root: {@code GET oauth1/{client}/login?next=/path} starts
 * a login, {@code GET oauth1/{client}/authorize} is the provider's callback. No servlet API: they run wherever
 * JAX-RS and CDI do. Switch them off with {@code authlib.oauth.web.enabled=false}.
 */
@Path("oauth1/{client}")
@ApplicationScoped
public class OAuth1Resource {
    private static final System.Logger LOG = System.getLogger(OAuth1Resource.class.getName());

    @Inject
    DefaultOAuth1Clients clients;

    @Inject
    WebSettings settings;

    @Inject
    Event<OAuth1LoginEvent> loggedIn;

    @Inject
    Event<OAuth1LoginFailedEvent> loginFailed;

    @Inject
    BeanManager beanManager;

    @Inject
    StoreSelection stores;

    @Inject
    CookieJar cookies;

    /** Starts a login: 303 to the provider. */
    @GET
    @Path("login")
    public Response login(@PathParam("client") String name, @QueryParam("next") String next, @Context UriInfo uri) {
        Optional<ManagedOAuth1Client> client = client(name);
        if (client.isEmpty()) {
            return text(Response.Status.NOT_FOUND, "No OAuth 1 login is configured under this name.");
        }
        ManagedOAuth1Client c = client.get();
        if (c.config().login() == null) {
            LOG.log(System.Logger.Level.WARNING, Messages.notALoginClient(c.name(), c.config().kind().name()
                    .toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
            return text(Response.Status.NOT_FOUND, "The client '" + c.name() + "' cannot log users in: it is "
                    + "configured without request-token-url, authorize-url and access-token-url.");
        }
        URI callback = c.configuredRedirectUri();
        if (callback == null) {
            Optional<URI> base = settings.callbackBase(uri.getBaseUri());
            if (base.isEmpty()) {
                String refused = Messages.untrustedOrigin(CallbackOrigin.shown(uri.getBaseUri()),
                        ConfigKeys.WEB_PUBLIC_URL, ConfigKeys.WEB_ALLOWED_HOSTS);
                LOG.log(System.Logger.Level.WARNING, "OAuth 1 client ''{0}'': {1}", c.name(), refused);
                return text(Response.Status.BAD_REQUEST, refused); // nothing was asked of the provider
            }
            callback = UriBuilder.fromUri(base.get()).path("oauth1").path(c.name()).path("authorize").build();
            if (stores.cookiesUsed()) {
                cookies.scopeToLibraryRoutes(); // the login ends at the built-in callback: its cookie goes only there
            }
        }
        try {
            URI authorization = c.startLogin(callback, java.util.Map.of(), ReturnPaths.sanitise(next));
            return Response.seeOther(authorization).cacheControl(noStore()).build();
        } catch (OAuth1ConfigurationException e) {
            LOG.log(System.Logger.Level.ERROR, e.getMessage());
            return text(Response.Status.INTERNAL_SERVER_ERROR, "The login is misconfigured; see the server log.");
        } catch (OAuth1Exception e) {
            LOG.log(System.Logger.Level.WARNING, e.getMessage());
            return text(Response.Status.BAD_GATEWAY, "The login could not be started: the provider did not answer "
                    + "as expected. Please try again later.");
        }
    }

    /** The provider's callback: exchanges the verifier, fires the login event, 303 to the return path. */
    @GET
    @Path("authorize")
    public Response callback(@PathParam("client") String name, @Context UriInfo uri,
            @Context Application application) {
        Optional<ManagedOAuth1Client> client = client(name);
        if (client.isEmpty()) {
            return text(Response.Status.NOT_FOUND, "No OAuth 1 login is configured under this name.");
        }
        ManagedOAuth1Client c = client.get();
        if (c.config().login() == null) {
            return text(Response.Status.NOT_FOUND, "The client '" + c.name() + "' cannot log users in.");
        }
        ManagedOAuth1Client.Completed completed;
        try {
            completed = c.completeLogin(uri.getQueryParameters());
        } catch (AccessDeniedException e) {
            loginFailed.fire(new OAuth1LoginFailedEvent(c.name(), e));
            return settings.failureUrl().map(f -> redirect(uri, f))
                    .orElseGet(() -> text(Response.Status.FORBIDDEN, "The login was cancelled at the provider."));
        } catch (OAuth1CallbackException e) {
            LOG.log(System.Logger.Level.INFO, e.getMessage());
            loginFailed.fire(new OAuth1LoginFailedEvent(c.name(), e));
            return text(Response.Status.BAD_REQUEST, "This login link is invalid, was already used, or has expired. "
                    + "Please start the login again.");
        } catch (OAuth1ConfigurationException e) {
            LOG.log(System.Logger.Level.ERROR, e.getMessage());
            return text(Response.Status.INTERNAL_SERVER_ERROR, "The login is misconfigured; see the server log.");
        } catch (OAuth1Exception e) {
            LOG.log(System.Logger.Level.WARNING, e.getMessage());
            loginFailed.fire(new OAuth1LoginFailedEvent(c.name(), e));
            return text(Response.Status.BAD_GATEWAY, "The provider refused to complete the login. Please try again.");
        }
        OAuth1LoginEvent login = new OAuth1LoginEvent(c.name(), completed.credentials());
        try {
            loggedIn.fire(login);
        } catch (WebApplicationException refused) {
            return observerRefused(c.name(), login, refused);
        } catch (RuntimeException e) {
            return observerFailed(c.name(), login, e);
        }
        return afterLogin(uri, application, completed.returnTo());
    }

    /**
     * An observer refused the login on purpose with a {@link WebApplicationException} (an application that admits only
     * some accounts; the identity stores of "Log in with X" refusing the caller): its response is the answer, never
     * cached, the refusal is logged at INFO and the failure event fired. The user is not signed in.
     */
    private Response observerRefused(String client, OAuth1LoginEvent login, WebApplicationException refused) {
        Response answer = refused.getResponse();
        String observer = LoginObservers.failing(beanManager, login, refused);
        OAuth1Exception failure = new OAuth1Exception(client, Messages.loginObserverRefused(observer,
                answer.getStatus()), refused);
        LOG.log(System.Logger.Level.INFO, failure.getMessage());
        failedAfterGrant(client, failure);
        return Response.fromResponse(answer).cacheControl(noStore()).build();
    }

    /**
     * The application's observer threw: the login is lost (the token was granted, but the user is not signed in).
     * Logs which observer, fires the failure event, answers a page without the exception.
     */
    private Response observerFailed(String client, OAuth1LoginEvent login, RuntimeException e) {
        String observer = LoginObservers.failing(beanManager, login, e);
        OAuth1Exception failure = new OAuth1Exception(client, Messages.loginObserverFailed(observer,
                e.getClass().getName()), e);
        LOG.log(System.Logger.Level.ERROR, failure.getMessage(), e);
        failedAfterGrant(client, failure);
        return text(Response.Status.INTERNAL_SERVER_ERROR, Messages.signInPageFailed());
    }

    /** Fires the failure event of a login the provider granted; an observer of that one failing too is logged. */
    private void failedAfterGrant(String client, OAuth1Exception failure) {
        OAuth1LoginFailedEvent event = new OAuth1LoginFailedEvent(client, failure);
        try {
            loginFailed.fire(event);
        } catch (RuntimeException again) {
            LOG.log(System.Logger.Level.ERROR, Messages.loginFailedObserverFailed(client,
                    LoginObservers.failing(beanManager, event, again), again.getClass().getName()), again);
        }
    }

    private Optional<ManagedOAuth1Client> client(String name) {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        return clients.findManaged(name);
    }

    /**
     * A path resolves against this application's origin: {@code authlib.oauth.web.public-url} where it is set (behind
     * a proxy the request's own base URI may be an internal one), else the origin the browser used; a configured
     * absolute URL is taken as it is.
     */
    private Response redirect(UriInfo uri, String target) {
        URI location = URI.create(target);
        if (!location.isAbsolute()) {
            URI base = settings.callbackBase(uri.getBaseUri()).orElse(uri.getBaseUri());
            location = base.resolve(target.startsWith("/") ? target : "/" + target);
        }
        return Response.seeOther(location).cacheControl(noStore()).build();
    }

    /**
     * Where a completed login goes: its {@code next} (validated again: a pending login saved by an older version may
     * hold anything), else the success URL or the application's root. Never fails: the login is done by now.
     */
    private Response afterLogin(UriInfo uri, Application application, String returnTo) {
        String back = ReturnPaths.sanitise(returnTo);
        if (back != null) {
            try {
                return redirect(uri, back);
            } catch (IllegalArgumentException e) {
                LOG.log(System.Logger.Level.DEBUG, "return path not followed: {0}", e.getClass().getSimpleName());
            }
        }
        return redirect(uri, settings.successUrl().orElseGet(() -> ApplicationRoot.of(uri.getBaseUri(), application)));
    }

    private static Response text(Response.Status status, String message) {
        return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(message)
                .cacheControl(noStore()).build();
    }

    private static CacheControl noStore() {
        CacheControl cc = new CacheControl();
        cc.setNoStore(true);
        return cc;
    }
}
