package dev.authlib.it.app;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /hello} answers three lines:
 * {@code greeting=<it.greeting>}, {@code server-greeting=<it.server.greeting>}, {@code count=<n>}.
 */
@Path("hello")
@RequestScoped
public class HelloResource {

    @Inject
    Greeting greeting;

    @Inject
    SessionCounter counter;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String hello() {
        return "greeting=" + greeting.greeting() + "\n"
                + "server-greeting=" + greeting.serverGreeting() + "\n"
                + "count=" + counter.increment() + "\n";
    }

    /** The same without touching the session-scoped bean (works without an HTTP session). */
    @GET
    @Path("config")
    @Produces(MediaType.TEXT_PLAIN)
    public String config() {
        return "greeting=" + greeting.greeting() + "\n"
                + "server-greeting=" + greeting.serverGreeting() + "\n";
    }
}
