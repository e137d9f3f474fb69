package dev.authlib.it.secured;

import dev.authlib.oauth1.OAuth1Client;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Resources as a user of "Log in with X" writes them: nothing about OAuth but the signed call, which finds the
 * caller's token on its own ({@code demo.get("me")}, no token argument).
 */
@Path("secured")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class SecuredResource {

    @Inject
    @Named("demo")
    OAuth1Client demo;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    /** Who the caller is, and which of the application's roles they have. */
    @GET
    @Path("whoami")
    @RolesAllowed("user")
    public String whoami() {
        return "caller=" + security.getUserPrincipal().getName() + " user=" + security.isUserInRole("user")
                + " admin=" + security.isUserInRole("admin") + " client-group="
                + request.isUserInRole("signed-in-with-demo") + " query=" + request.getQueryString();
    }

    /** The caller's profile at the provider, fetched with the caller's own token. */
    @GET
    @Path("profile")
    @RolesAllowed("user")
    @Produces(MediaType.APPLICATION_JSON)
    public Response profile() {
        try (Response me = demo.get("me")) {
            return Response.status(me.getStatus()).entity(me.readEntity(String.class)).build();
        }
    }

    /** Nobody has this role. */
    @GET
    @Path("admin")
    @RolesAllowed("admin")
    public String admin() {
        return "admin";
    }

    /** Open to everyone: says whether the request has a caller. */
    @GET
    @Path("open")
    public String open() {
        return security.getUserPrincipal() == null ? "anonymous" : "caller=" + security.getUserPrincipal().getName();
    }

    /** Ends the caller's authentication. */
    @POST
    @Path("logout")
    public String logout() throws ServletException {
        request.logout();
        return "signed out";
    }
}
