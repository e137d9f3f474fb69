package dev.authlib.demo.app;

import dev.authlib.demo.Html;
import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.OAuth1Exception;
import dev.authlib.oauth1.signature.ResponseParameters;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The example application: a home page with "Log in with ...", the profile of the signed-in user fetched live by a
 * signed API call, and the page a cancelled login ends on. Its authentication is the library's "Log in with X"
 * (authlib-jakarta-quarkus, {@code authlib.oauth.security.client=demo}): {@code /profile} is {@code @Authenticated},
 * so an anonymous visitor is sent through the provider and comes back signed in; the signed call finds the caller's
 * token itself; {@code oauth1/demo/logout} ends the session. No login code of its own.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AppResource {
    /** The client's name: {@code authlib.oauth.clients.demo.*} configures it. */
    static final String CLIENT = "demo";
    private static final String SITE = "authlib-jakarta demo app";
    private static final String ACCENT = "#1d6fd8";
    private static final System.Logger LOG = System.getLogger(AppResource.class.getName());

    @Inject
    @Named(CLIENT)
    OAuth1Client demo;

    @Inject
    SecurityIdentity identity;

    @Inject
    AppSettings settings;

    @GET
    public Response home() {
        String provider = Html.escape(settings.providerLabel());
        String body = !identity.isAnonymous()
                ? "<p>You are signed in as " + Html.escape(identity.getPrincipal().getName()) + ".</p>\n"
                        + "<p><a class=\"button\" id=\"profile\" href=\"profile\">See your profile</a></p>"
                : "<p>This application has no accounts of its own: you log in with " + provider
                        + " (OAuth 1.0a, through authlib-jakarta), and it shows your profile, read from " + provider
                        + "'s API with a signed request.</p>\n"
                        + "<p><a class=\"button\" id=\"login\" href=\"profile\">Log in with " + provider
                        + "</a></p>";
        return Html.response(Response.Status.OK, Html.page(SITE, "Welcome", body, ACCENT));
    }

    /** Signed-in callers only: an anonymous visitor is sent through the provider's login first. */
    @GET
    @Path("profile")
    @Authenticated
    public Response profile() {
        String provider = settings.providerLabel();
        WebTarget call = demo.target(settings.profilePath()); // signed with the caller's own token
        Map<String, String> profile;
        try (Response answer = call.request(MediaType.APPLICATION_JSON_TYPE).get()) {
            if (answer.getStatus() == 401) {
                return message(Response.Status.UNAUTHORIZED, "Login no longer accepted",
                        provider + " no longer accepts this login. Please log out and log in again.");
            }
            if (answer.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
                return message(Response.Status.BAD_GATEWAY, "Profile unavailable",
                        provider + " answered the profile request with HTTP status " + answer.getStatus() + ".");
            }
            profile = ResponseParameters.parseJson(answer.readEntity(String.class));
        } catch (OAuth1Exception | ProcessingException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "profile call failed: {0}", e.toString());
            return message(Response.Status.BAD_GATEWAY, "Profile unavailable",
                    "The profile could not be read from " + provider + ". Please try again later.");
        }
        String name = field(profile, settings.profile().nameField());
        String handle = field(profile, settings.profile().handleField());
        String body = "<p>Signed in with " + Html.escape(provider) + ". Fetched just now by a signed API call:</p>\n"
                + "<p class=\"note\"><code>GET " + Html.escape(call.getUri().toString()) + "</code></p>\n"
                + "<dl>\n<dt>Name</dt><dd id=\"name\">" + Html.escape(name) + "</dd>\n"
                + "<dt>Screen name</dt><dd id=\"handle\">@" + Html.escape(handle) + "</dd>\n</dl>\n"
                + "<form method=\"post\" action=\"oauth1/" + CLIENT + "/logout\"><button id=\"logout\" "
                + "type=\"submit\">Log out</button></form>";
        return Html.response(Response.Status.OK, Html.page(SITE, "Your profile", body, ACCENT));
    }

    /** Where a login cancelled at the provider ends ({@code authlib.oauth.web.failure-url}). */
    @GET
    @Path("cancelled")
    public Response cancelled() {
        return message(Response.Status.OK, "Login cancelled", "You cancelled the login at "
                + settings.providerLabel() + ": nothing was shared with this application.");
    }

    private static Response message(Response.Status status, String title, String text) {
        return Html.response(status, Html.page(SITE, title, "<p id=\"message\">" + Html.escape(text) + "</p>\n"
                + "<p><a class=\"button\" href=\"/\">Back to the start</a></p>", ACCENT));
    }

    /** A field of the profile; {@code a.b} reads {@code b} in the nested object {@code a}. Empty when absent. */
    static String field(Map<String, String> json, String path) {
        Map<String, String> object = json;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            String nested = object.get(parts[i]);
            if (nested == null || !nested.startsWith("{")) {
                return "";
            }
            object = ResponseParameters.parseJson(nested);
        }
        String value = object.get(parts[parts.length - 1]);
        return value == null ? "" : value;
    }
}
