package dev.authlib.it.app;

import dev.authlib.oauth1.OAuth1Client;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.TreeSet;

/**
 * Resources as a user of "Log in with X" writes them on Quarkus: {@code @Authenticated} and {@code @RolesAllowed},
 * nothing about OAuth but the signed call, which finds the caller's token on its own ({@code demo.get("me")}).
 */
@Path("secured")
@Produces(MediaType.TEXT_PLAIN)
public class SecuredResource {

    @Inject
    @Named("demo")
    OAuth1Client demo;

    @Inject
    SecurityIdentity identity;

    /** Who the caller is, with their roles. */
    @GET
    @Path("whoami")
    @Authenticated
    public String whoami(@QueryParam("tab") String tab) {
        return "caller=" + identity.getPrincipal().getName() + " roles=" + new TreeSet<>(identity.getRoles())
                + " tab=" + tab;
    }

    /** For the application's role {@code user} (given by {@link AppRoles}). */
    @GET
    @Path("members")
    @RolesAllowed("user")
    public String members() {
        return "members";
    }

    /** For the role {@code alice}, which the configured {@code roles-field} ({@code screen_name}) gives. */
    @GET
    @Path("by-field")
    @RolesAllowed("alice")
    public String byField() {
        return "by-field";
    }

    /** Nobody has this role. */
    @GET
    @Path("admin")
    @RolesAllowed("admin")
    public String admin() {
        return "admin";
    }

    /** The caller's profile at the provider (its JSON, passed through as text), with the caller's own token. */
    @GET
    @Path("profile")
    @Authenticated
    public Response profile() {
        try (Response me = demo.get("me")) {
            return Response.status(me.getStatus()).entity(me.readEntity(String.class)).build();
        }
    }

    /** Open to everyone: says whether the request has a caller. */
    @GET
    @Path("open")
    public String open() {
        return identity.isAnonymous() ? "anonymous" : "caller=" + identity.getPrincipal().getName();
    }
}
