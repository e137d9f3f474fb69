package dev.authlib.oauth1.quarkus;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * {@code GET|POST oauth1/{client}/logout} beside the built-in login routes: deletes the session cookie and answers 303
 * to {@code authlib.oauth.security.logout-url}, by default the application's root. The cookie is the whole session
 * (nothing on the server to end): a copy taken before the logout stays valid until {@code session-ttl} has passed.
 */
@Path("oauth1/{client}/logout")
@ApplicationScoped
public class LogoutResource {


    @Inject
    LoginSession session;

    @Inject
    RoutingContext routing;

    /**
     * Ends the caller's session.
     *
     * @param client the login client ({@code authlib.oauth.security.client}); any other name answers 404
     * @return 303 to the logout URL
     */
    @GET
    public Response logout(@PathParam("client") String client) {
        if (!session.enabled() || !session.client().equals(client)) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("No login session is configured under this name.").build();
        }
        routing.response().addCookie(LoginSession.signOut(routing.request()));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        String target = session.settings().logoutUrl().orElse(session.root());
        return Response.seeOther(URI.create(target)).cacheControl(noStore).build();
    }

    /**
     * Ends the caller's session (a form's logout button).
     *
     * @param client the login client ({@code authlib.oauth.security.client}); any other name answers 404
     * @return 303 to the logout URL
     */
    @POST
    public Response logoutByPost(@PathParam("client") String client) {
        return logout(client);
    }
}
