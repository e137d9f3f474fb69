package dev.authlib.demo.provider;

import dev.authlib.demo.Html;
import dev.authlib.oauth1.signature.PercentEncoding;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The DEMO provider's endpoints, under {@code /demo-provider/}: the three legs of RFC 5849 §2 and one API call,
 * {@code GET api/me}. Never for production: see the package documentation.
 */
@Path("demo-provider")
public class DemoProviderResource {
    static final String SITE = "Demo OAuth 1.0a provider \u00b7 a demonstration, never for production";
    private static final String ACCENT = "#6b3fa0";

    @Inject
    DemoProviderSettings settings;

    @Inject
    DemoProviderState state;

    @Inject
    RequestVerifier verifier;

    /** §2.1: temporary credentials, for a signed request carrying {@code oauth_callback}. */
    @POST
    @Path("request_token")
    public Response requestToken(@Context UriInfo uri, @Context HttpHeaders headers, String body) {
        return requestToken("POST", uri, headers, body);
    }

    @GET
    @Path("request_token")
    public Response requestTokenByGet(@Context UriInfo uri, @Context HttpHeaders headers) {
        return requestToken("GET", uri, headers, null);
    }

    /** §2.2: asks the (demo) user whether the application may use the account. */
    @GET
    @Path("authorize")
    @Produces(MediaType.TEXT_HTML)
    public Response consent(@QueryParam("oauth_token") String token) {
        requireEnabled();
        Optional<DemoProviderState.Pending> pending = state.awaitingDecision(token);
        if (pending.isEmpty()) {
            return Html.response(Response.Status.BAD_REQUEST, Html.page(SITE, "Unknown authorization request",
                    "<p>This authorization request is unknown, has expired or was answered already. Go back to the "
                            + "application and start the login again.</p>", ACCENT));
        }
        DemoUser user = DemoUser.ADA;
        String app = Html.escape(settings.appName());
        String body = "<p>You are signed in to the demo provider as <strong>" + Html.escape(user.name())
                + "</strong> (@" + Html.escape(user.screenName()) + "), a demo account.</p>\n"
                + "<p><strong>" + app + "</strong> asks to read your profile: name, screen name, location.</p>\n"
                + "<form method=\"post\" action=\"authorize\">\n"
                + "<input type=\"hidden\" name=\"oauth_token\" value=\"" + Html.escape(pending.get().token()) + "\">\n"
                + "<input type=\"hidden\" name=\"consent\" value=\"" + Html.escape(pending.get().consent()) + "\">\n"
                + "<button id=\"approve\" type=\"submit\" name=\"decision\" value=\"approve\">Approve</button>\n"
                + "<button id=\"deny\" type=\"submit\" name=\"decision\" value=\"deny\" class=\"secondary\">Deny"
                + "</button>\n</form>\n"
                + "<p class=\"note\">This provider is embedded in the demo so that no account is needed anywhere. "
                + "It verifies every signature for real, but keeps everything in memory and knows one user.</p>";
        Response page = Html.response(Response.Status.OK,
                Html.page(SITE, "Demo provider: allow " + settings.appName() + " to use your account?", body, ACCENT));
        return Response.fromResponse(page).header("X-Frame-Options", "DENY").build();
    }

    /** §2.2: the user's answer; back to the application's callback with a verifier, or with {@code denied}. */
    @POST
    @Path("authorize")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@FormParam("oauth_token") String token, @FormParam("consent") String consent,
            @FormParam("decision") String decision) {
        requireEnabled();
        if ("approve".equals(decision)) {
            Optional<DemoProviderState.Pending> approved = state.approve(token, consent);
            if (approved.isPresent()) {
                DemoProviderState.Pending p = approved.get();
                if ("oob".equals(p.callback())) {
                    return Html.response(Response.Status.OK, Html.page(SITE, "Approved",
                            "<p>Enter this code in the application: <code>" + Html.escape(p.verifier())
                                    + "</code></p>", ACCENT));
                }
                return Response.seeOther(URI.create(p.callback() + (p.callback().contains("?") ? "&" : "?")
                        + "oauth_token=" + PercentEncoding.encode(p.token()) + "&oauth_verifier="
                        + PercentEncoding.encode(p.verifier()))).build();
            }
        } else if ("deny".equals(decision)) {
            Optional<DemoProviderState.Pending> denied = state.deny(token, consent);
            if (denied.isPresent() && !"oob".equals(denied.get().callback())) {
                String callback = denied.get().callback();
                return Response.seeOther(URI.create(callback + (callback.contains("?") ? "&" : "?") + "denied="
                        + PercentEncoding.encode(token))).build();
            }
            if (denied.isPresent()) {
                return Html.response(Response.Status.OK, Html.page(SITE, "Denied",
                        "<p>The application gets no access.</p>", ACCENT));
            }
        }
        return Html.response(Response.Status.BAD_REQUEST, Html.page(SITE, "Unknown authorization request",
                "<p>This authorization request is unknown, has expired or was answered already.</p>", ACCENT));
    }

    /** §2.3: token credentials, once, for approved temporary credentials and their verifier. */
    @POST
    @Path("access_token")
    public Response accessToken(@Context UriInfo uri, @Context HttpHeaders headers, String body) {
        return accessToken("POST", uri, headers, body);
    }

    @GET
    @Path("access_token")
    public Response accessTokenByGet(@Context UriInfo uri, @Context HttpHeaders headers) {
        return accessToken("GET", uri, headers, null);
    }

    /** A protected resource: the profile of the user who granted the token, as JSON. */
    @GET
    @Path("api/me")
    public Response me(@Context UriInfo uri, @Context HttpHeaders headers) {
        requireEnabled();
        Map<String, String> oauth = verifier.verify("GET", uri.getRequestUri(), authorization(headers), Map.of(),
                t -> state.access(t).map(DemoProviderState.Access::secret).orElse(null));
        DemoUser user = state.access(oauth.get("oauth_token")).orElseThrow(() -> ProviderProblem.unauthorized(
                "token_expired", "the token expired")).user();
        return Response.ok(user.json(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    private Response requestToken(String method, UriInfo uri, HttpHeaders headers, String body) {
        requireEnabled();
        Map<String, String> oauth = verifier.verify(method, uri.getRequestUri(), authorization(headers),
                form(headers, body), null);
        String callback = oauth.get("oauth_callback");
        if (callback == null) {
            throw ProviderProblem.badRequest("parameter_absent", "oauth_callback is missing (RFC 5849 §2.1)");
        }
        if (!"oob".equals(callback) && !isHttpUrl(callback)) {
            throw ProviderProblem.badRequest("parameter_rejected", "oauth_callback must be an absolute http(s) URL "
                    + "or oob");
        }
        DemoProviderState.Pending p = state.issueTemporary(callback);
        return tokenResponse("oauth_token", p.token(), "oauth_token_secret", p.secret(),
                "oauth_callback_confirmed", "true");
    }

    private Response accessToken(String method, UriInfo uri, HttpHeaders headers, String body) {
        requireEnabled();
        Map<String, String> oauth = verifier.verify(method, uri.getRequestUri(), authorization(headers),
                form(headers, body), t -> state.approved(t).map(DemoProviderState.Pending::secret).orElse(null));
        String verifierValue = oauth.get("oauth_verifier");
        if (verifierValue == null) {
            throw ProviderProblem.badRequest("parameter_absent", "oauth_verifier is missing (RFC 5849 §2.3)");
        }
        DemoProviderState.Access access = state.approved(oauth.get("oauth_token"))
                .flatMap(p -> state.exchange(p, verifierValue))
                .orElseThrow(() -> ProviderProblem.unauthorized("token_rejected",
                        "wrong verifier, or these temporary credentials were exchanged already"));
        return tokenResponse("oauth_token", access.token(), "oauth_token_secret", access.secret(),
                "user_id", access.user().id(), "screen_name", access.user().screenName());
    }

    private void requireEnabled() {
        if (!settings.enabled()) {
            throw new NotFoundException();
        }
    }

    private static String authorization(HttpHeaders headers) {
        return headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    }

    private static Map<String, List<String>> form(HttpHeaders headers, String body) {
        MediaType type = headers.getMediaType();
        boolean isForm = type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        return isForm ? ProtocolParameters.form(body) : Map.of();
    }

    private static boolean isHttpUrl(String s) {
        try {
            URI u = new URI(s);
            return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null
                    && u.getRawFragment() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static Response tokenResponse(String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(PercentEncoding.encode(namesAndValues[i])).append('=')
                    .append(PercentEncoding.encode(namesAndValues[i + 1]));
        }
        return Response.ok(body.toString(), MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("Cache-Control", "no-store").build();
    }
}
