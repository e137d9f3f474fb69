package dev.authlib.oauth1.internal.client;

import dev.authlib.oauth1.OAuth1Signed;
import dev.authlib.oauth1.OAuth1TokenResolver;
import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.signature.BodyHashAlgorithm;
import dev.authlib.oauth1.signature.SignatureMethod;
import dev.authlib.oauth1.signature.SignatureType;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The typed REST clients of the unit tests (MicroProfile Rest Client, RESTEasy's implementation, no CDI) and the
 * OAuth clients that sign them, against a {@link FakeProvider}.
 */
final class TypedClients {
    static final String CLIENT = "fake";
    static final String CLIENT_ID = "typed-key";
    static final String CLIENT_SECRET = "cs-typed-Secret-4410";
    static final String TOKEN_SECRET = "ts-typed-TokenSecret-0912";
    static final String STATIC_SECRET = "ts-typed-StaticSecret-7781";
    static final TokenCredentials ALICE = TokenCredentials.of("alice-token", TOKEN_SECRET);
    static final TokenCredentials BOB = TokenCredentials.of("bob-token", TOKEN_SECRET);

    private TypedClients() {}

    /** The provider's API, signed by the client {@value #CLIENT}. */
    @OAuth1Signed(CLIENT)
    @Path("/api")
    public interface Api {
        @GET
        @Path("search")
        String search(@QueryParam("q") String q, @QueryParam("lang") String lang);

        @GET
        @Path("me")
        String me();

        @GET
        @Path("me")
        String me(@HeaderParam(OAuth1Signed.TOKEN_HEADER) TokenCredentials token);

        @GET
        @Path("me")
        String meWithHeader(@HeaderParam(OAuth1Signed.TOKEN_HEADER) String raw);

        @POST
        @Path("statuses")
        @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
        String post(@FormParam("status") String status, @FormParam("tag") String tag);

        @POST
        @Path("notes")
        @Consumes(MediaType.TEXT_PLAIN)
        String note(Note note);

        @GET
        @Path("me")
        CompletionStage<String> meAsync();
    }

    /** The same API, where refusals are thrown as the library's exception. */
    @OAuth1Signed(value = CLIENT, mapProblems = true)
    @Path("/api")
    public interface StrictApi {
        @GET
        @Path("me")
        String me();

        @POST
        @Path("statuses")
        @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
        String post(@FormParam("status") String status);

        @GET
        @Path("me")
        CompletionStage<String> meAsync();
    }

    /**
     * Inherits the annotation. Not the class-level {@code @Path}: RESTEasy, Jersey and Quarkus classic ignore it on a
     * super-interface (Quarkus REST honours it).
     */
    @Path("/api")
    public interface ChildApi extends Api {
    }

    /** No annotation: never signed. */
    @Path("/api")
    public interface PlainApi {
        @GET
        @Path("me")
        @Produces(MediaType.TEXT_PLAIN)
        String me();
    }

    /** An entity only a writer of the application can serialize (as JSON or XML would be). */
    public record Note(String text) {}

    /** Writes a {@link Note} as {@code note:<text>}. */
    public static final class NoteWriter implements MessageBodyWriter<Note> {
        @Override
        public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return type == Note.class;
        }

        @Override
        public void writeTo(Note note, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                MultivaluedMap<String, Object> headers, OutputStream out) throws IOException, WebApplicationException {
            out.write(("note:" + note.text()).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The kinds of OAuth client, all with the same credentials. */
    enum Kind { LOGIN, STATIC_TOKEN, TOKENLESS, EMPTY_TOKEN }

    static ClientConfig config(Kind kind, BodyHashAlgorithm bodyHash) {
        boolean login = kind == Kind.LOGIN;
        URI base = URI.create("http://127.0.0.1:9/");
        ClientConfig.Login legs = !login ? null : new ClientConfig.Login(base.resolve("rt"), Map.of(), "POST",
                AuthorizeUrl.of(base.resolve("authorize").toString()), Map.of(), base.resolve("at"), Map.of(),
                "POST", CallbackConfirmedPolicy.REQUIRE, null);
        return new ClientConfig(CLIENT, new ClientConfig.Credentials(CLIENT_ID, CLIENT_SECRET, null,
                kind == Kind.STATIC_TOKEN ? "static-token" : null, kind == Kind.STATIC_TOKEN ? STATIC_SECRET : null,
                kind == Kind.EMPTY_TOKEN), new ClientConfig.Signing(SignatureMethod.HMAC_SHA1, SignatureType.HEADER,
                        null, true, bodyHash), legs, null, new ClientConfig.Transport(Duration.ofSeconds(2),
                                Duration.ofSeconds(2), Duration.ofSeconds(5), null), null);
    }

    static ManagedOAuth1Client client(Kind kind, BodyHashAlgorithm bodyHash, OAuth1TokenResolver resolver) {
        return OAuth1ClientFactory.create(config(kind, bodyHash), () -> null, () -> resolver);
    }

    /** A REST client of {@code api} at the provider, signed by {@code client} (Java SE: no CDI to look it up in). */
    static <T> T rest(Class<T> api, FakeProvider provider, ManagedOAuth1Client client) {
        return RestClientBuilder.newBuilder().baseUri(provider.url("")).register(client.signingFeature())
                .register(new NoteWriter()).build(api);
    }
}
