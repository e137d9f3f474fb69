package dev.authlib.demo.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.signature.OAuth1Signer;
import dev.authlib.oauth1.signature.SignatureMethod;
import dev.authlib.oauth1.signature.SignatureType;
import dev.authlib.oauth1.signature.SignedRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo provider's checks, with requests signed by the library's client-side signer. */
class RequestVerifierTest {
    private static final URI ME = URI.create("http://127.0.0.1:8080/demo-provider/api/me?lang=en%20GB");
    private final RequestVerifier verifier = verifier();

    private static RequestVerifier verifier() {
        RequestVerifier v = new RequestVerifier();
        v.state = new DemoProviderState();
        v.settings = new DemoProviderSettings() {
            public boolean enabled() {
                return true;
            }

            public String clientId() {
                return "app";
            }

            public String clientSecret() {
                return "app-secret";
            }

            public String appName() {
                return "app";
            }
        };
        return v;
    }

    private static OAuth1Signer.Builder signer() {
        return OAuth1Signer.builder("app").clientSecret("app-secret").token("tok", "tok-secret");
    }

    private Map<String, String> verify(SignedRequest r, Map<String, List<String>> form) {
        return verifier.verify(r.method(), r.uri(), r.authorizationHeader(), form, t -> "tok".equals(t) ? "tok-secret"
                : null);
    }

    private static String problem(Runnable call) {
        ProviderProblem p = assertThrows(ProviderProblem.class, call::run);
        return p.getResponse().getStatus() + " " + p.getResponse().getEntity();
    }

    @Test
    void signedRequest_isAccepted_inEachPlacementAndHmac() {
        for (SignatureType type : SignatureType.values()) {
            for (SignatureMethod m : List.of(SignatureMethod.HMAC_SHA1, SignatureMethod.HMAC_SHA256,
                    SignatureMethod.HMAC_SHA512)) {
                Map<String, List<String>> form = Map.of("status", List.of("hello world"));
                SignedRequest r = signer().signatureType(type).signatureMethod(m).build().sign("POST", ME, form);
                Map<String, List<String>> received = r.formBody() == null ? form
                        : ProtocolParameters.form(r.formBody());
                assertEquals("tok", verify(r, received).get("oauth_token"), type + " " + m);
            }
        }
    }

    @Test
    void tamperedRequest_isRejected() {
        SignedRequest r = signer().build().sign("GET", ME, Map.of());
        String p = problem(() -> verifier.verify("GET", URI.create(ME + "&admin=1"), r.authorizationHeader(),
                Map.of(), t -> "tok-secret"));
        assertTrue(p.startsWith("401 oauth_problem=signature_invalid"), p);
    }

    @Test
    void wrongTokenSecret_isRejected() {
        SignedRequest r = signer().token("tok", "guess").build().sign("GET", ME, Map.of());
        assertTrue(problem(() -> verify(r, Map.of())).startsWith("401 oauth_problem=signature_invalid"));
    }

    @Test
    void reusedNonce_isRejected() {
        SignedRequest r = signer().build().sign("GET", ME, Map.of());
        verify(r, Map.of());
        assertTrue(problem(() -> verify(r, Map.of())).startsWith("401 oauth_problem=nonce_used"));
    }

    @Test
    void staleTimestamp_isRejected() {
        Clock old = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-6));
        SignedRequest r = signer().clock(old).build().sign("GET", ME, Map.of());
        assertTrue(problem(() -> verify(r, Map.of())).startsWith("401 oauth_problem=timestamp_refused"));
    }

    @Test
    void unknownToken_andPlaintext_areRejected() {
        SignedRequest foreign = signer().token("other", "x").build().sign("GET", ME, Map.of());
        assertTrue(problem(() -> verify(foreign, Map.of())).startsWith("401 oauth_problem=token_rejected"));
        SignedRequest plain = signer().signatureMethod(SignatureMethod.PLAINTEXT).build().sign("GET", ME, Map.of());
        assertTrue(problem(() -> verify(plain, Map.of())).startsWith("400 oauth_problem=signature_method_rejected"));
    }
}
