package dev.authlib.it.app.typed;

import dev.authlib.oauth1.TokenCredentials;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * {@code GET typed/uni/<call>?user=<screen name>}: the {@link UniApi} calls, as {@link TypedCallsResource} makes the
 * others. {@code me} returns the {@code Uni} to Quarkus REST, which subscribes on its event loop within the request;
 * {@code me-blocking} awaits it on a worker thread.
 */
@Path("typed/uni")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UniCallsResource {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    @RestClient
    UniApi api;

    @Inject
    CurrentUser current;

    @Inject
    LoginsByName logins;

    @GET
    @Path("me")
    public Uni<String> me(@QueryParam("user") String user) {
        logins.token(user).ifPresent(current::actAs);
        return api.me();
    }

    @GET
    @Path("me-blocking")
    public String meBlocking(@QueryParam("user") String user) {
        logins.token(user).ifPresent(current::actAs);
        return TypedCallsResource.Outcome.of(() -> api.me().await().atMost(WAIT));
    }

    @GET
    @Path("per-call")
    public String perCall(@QueryParam("user") String user) {
        current.actAs(TokenCredentials.of("nobody", "nobody-secret"));
        TokenCredentials token = logins.token(user).orElseThrow();
        return TypedCallsResource.Outcome.of(() -> api.me(token).await().atMost(WAIT));
    }

    @GET
    @Path("refused")
    public String refused() {
        return TypedCallsResource.Outcome.of(() -> api.me(TokenCredentials.of("forged-token",
                TypedCallsResource.FORGED_SECRET)).await().atMost(WAIT));
    }
}
