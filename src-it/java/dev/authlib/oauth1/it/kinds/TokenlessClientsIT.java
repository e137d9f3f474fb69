package dev.authlib.oauth1.it.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.authlib.oauth1.CloseableOAuth1Client;
import dev.authlib.oauth1.OAuth1ClientBuilder;
import dev.authlib.oauth1.it.provider.OauthlibVerifier;
import dev.authlib.oauth1.signature.ResponseParameters;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clients that log no one in, built from configuration keys alone (through the public builder, the path the CDI beans
 * take too), verified by an independent implementation: oauthlib's {@code SignatureOnlyEndpoint} (Debian
 * python3-oauthlib) checks every signature and nonce, and recomputes {@code oauth_body_hash} from the bytes it got.
 */
class TokenlessClientsIT {
    static final String KEY = "ck_4f1c9b2a7d0e";
    static final String SECRET = "cs_9e8d7c6b5a40";
    static OauthlibVerifier verifier;

    @BeforeAll
    static void start() throws IOException {
        verifier = OauthlibVerifier.start(List.of(OauthlibVerifier.Client.of(KEY, SECRET)));
    }

    @AfterAll
    static void stop() {
        verifier.close();
    }

    static Map<String, String> verified(Response response) {
        try (response) {
            String body = response.readEntity(String.class);
            assertEquals(200, response.getStatus(), () -> body + "\n--- verifier ---\n" + verifier.log());
            return ResponseParameters.parse("application/json", body);
        }
    }

    @Test
    void wooCommerceStyle_oneLegged_inTheQuery_hmacSha256_withoutVersion() {
        try (CloseableOAuth1Client woo = OAuth1ClientBuilder.newBuilder("woo")
                .provider("woocommerce").baseUrl(verifier.baseUri())
                .clientId(KEY).clientSecret(SECRET).build()) {
            Map<String, String> v = verified(woo.target("orders").queryParam("status", "processing")
                    .queryParam("search", "a b+c*~%é").request().get());
            assertEquals("/wp-json/wc/v3/orders", v.get("path"));
            assertEquals("query", v.get("placement"));
            assertEquals("HMAC-SHA256", v.get("signature_method"));
            assertNull(v.get("version"), "oauth_version omitted, as WooCommerce wants");
            assertNull(v.get("token"), "one-legged: no oauth_token at all");
            assertEquals("{\"status\": \"processing\", \"search\": \"a b+c*~%\\u00e9\"}", v.get("query"));

            Map<String, String> again = verified(woo.get("products"));
            assertEquals("/wp-json/wc/v3/products", again.get("path"), "a fresh nonce per call (replays are refused)");
        }
    }

    @Test
    void schoologyStyle_twoLegged_sendsAnEmptyToken() {
        try (CloseableOAuth1Client schoology = OAuth1ClientBuilder.newBuilder("schoology")
                .provider("schoology").apiBaseUrl(verifier.apiBaseUri())
                .clientId(KEY).clientSecret(SECRET).build()) {
            Map<String, String> v = verified(schoology.get("users/me"));
            assertEquals("", v.get("token"), "oauth_token present and empty");
            assertEquals("header", v.get("placement"));
            assertEquals("1.0", v.get("version"));
        }
    }

    @Test
    void bodyHash_overJsonAndXmlStrings_andBytes_isRecomputedByTheVerifier() {
        try (CloseableOAuth1Client lti = OAuth1ClientBuilder.newBuilder("lti").apiBaseUrl(verifier.apiBaseUri())
                .clientId(KEY).clientSecret(SECRET).property("body-hash", "SHA-1").build()) {
            String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><imsx_POXEnvelopeRequest>"
                    + "<resultScore>0.92</resultScore></imsx_POXEnvelopeRequest>";
            Map<String, String> v = verified(lti.post("grades", Entity.entity(xml, "application/xml"), null));
            assertEquals("ok", v.get("body_hash"));
            assertEquals("SHA-1", v.get("body_hash_algorithm"));
            assertEquals(xml, v.get("body"));
        }
        try (CloseableOAuth1Client api = OAuth1ClientBuilder.newBuilder("api").apiBaseUrl(verifier.apiBaseUri())
                .clientId(KEY).clientSecret(SECRET).property("body-hash", "SHA-256")
                .property("signature-method", "HMAC-SHA256").build()) {
            String json = "{\"name\":\"Zoë\",\"tags\":[\"a b\",\"+\"]}";
            Map<String, String> v = verified(api.post("items", Entity.json(json), null));
            assertEquals("ok", v.get("body_hash"));
            assertEquals("SHA-256", v.get("body_hash_algorithm"));
            assertEquals(json, v.get("body"));

            byte[] bytes = {0, 1, 2, (byte) 0xff, 10, 13};
            Map<String, String> b = verified(api.put("blobs/1", Entity.entity(bytes,
                    MediaType.APPLICATION_OCTET_STREAM_TYPE), null));
            assertEquals("ok", b.get("body_hash"));

            Form form = new Form().param("q", "a b").param("tag", "ü&=*~");
            Map<String, String> f = verified(api.post("search", Entity.form(form), null));
            assertEquals("absent", f.get("body_hash"), "a form's parameters are signed, it gets no body hash");
            assertEquals("{\"q\": \"a b\", \"tag\": \"\\u00fc&=*~\"}", f.get("form"));
        }
    }

    /** A body the filter cannot see before it is written: signed after serialization. */
    record Grade(String student, double score) {}

    /** Writes a {@link Grade} as XML, as a JAXB or JSON provider would write an object. */
    static final class GradeWriter implements MessageBodyWriter<Grade> {
        @Override
        public boolean isWriteable(Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType) {
            return type == Grade.class;
        }

        @Override
        public void writeTo(Grade g, Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType,
                MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
            out.write(("<grade student=\"" + g.student() + "\" score=\"" + g.score() + "\"/>")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void bodyHash_overAnObjectBody_isComputedAfterSerialization() {
        try (CloseableOAuth1Client api = OAuth1ClientBuilder.newBuilder("objects").apiBaseUrl(verifier.apiBaseUri())
                .clientId(KEY).clientSecret(SECRET).property("body-hash", "SHA-256")
                .httpClient(ClientBuilder.newBuilder().register(new GradeWriter())).build()) {
            Map<String, String> v = verified(api.post("grades", Entity.entity(new Grade("ada", 0.92),
                    "application/xml"), null));
            assertEquals("ok", v.get("body_hash"));
            assertEquals("<grade student=\"ada\" score=\"0.92\"/>", v.get("body"));
        }
    }

    @Test
    void aWrongSecret_isRefusedByTheVerifier() {
        try (CloseableOAuth1Client wrong = OAuth1ClientBuilder.newBuilder("wrong").apiBaseUrl(verifier.apiBaseUri())
                .clientId(KEY).clientSecret("not-the-secret").build();
                Response r = wrong.get("orders")) {
            assertEquals(401, r.getStatus(), "the verifier really checks");
            assertEquals("OAuth realm=\"verifier\", oauth_problem=signature_invalid", r.getHeaderString(
                    "WWW-Authenticate"));
        }
    }
}
