package dev.authlib.demo.provider;

import dev.authlib.oauth1.signature.OAuth1Signer;
import dev.authlib.oauth1.signature.SignatureMethod;
import dev.authlib.oauth1.signature.SignedRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Verifies a signed request as a provider must (RFC 5849 §3.2): the client, the signature method, the timestamp
 * window, the token, the signature itself and, last, that the nonce is new.
 *
 * <p>The signature is checked by signing the request again with the library's public core, {@link OAuth1Signer}:
 * same client and token secrets, a nonce supplier returning the request's nonce and a clock fixed at its timestamp,
 * so that the same parameters give the same base string (§3.4.1); the two signatures are compared in constant time.
 * HMAC-SHA1, HMAC-SHA256 and HMAC-SHA512 are accepted.
 */
@ApplicationScoped
public class RequestVerifier {
    private static final Set<String> REQUIRED = Set.of("oauth_consumer_key", "oauth_signature_method",
            "oauth_signature", "oauth_timestamp", "oauth_nonce");

    @Inject
    DemoProviderSettings settings;

    @Inject
    DemoProviderState state;

    /**
     * Verifies a request or throws the {@link ProviderProblem} to answer.
     *
     * @param method the HTTP method
     * @param requestUri the absolute URI the request was sent to, query included
     * @param authorization the {@code Authorization} header, or {@code null}
     * @param form the decoded form body (empty when there is none)
     * @param tokenSecret the secret of a token this endpoint accepts, or {@code null} when it takes no token
     * @return the request's protocol parameters
     */
    Map<String, String> verify(String method, URI requestUri, String authorization, Map<String, List<String>> form,
            Function<String, String> tokenSecret) {
        Map<String, String> oauth = ProtocolParameters.oauth(authorization,
                ProtocolParameters.form(requestUri.getRawQuery()), form);
        for (String name : REQUIRED) {
            if (oauth.get(name) == null) {
                throw ProviderProblem.badRequest("parameter_absent", name + " is missing");
            }
        }
        if (oauth.containsKey("oauth_version") && !"1.0".equals(oauth.get("oauth_version"))) {
            throw ProviderProblem.badRequest("version_rejected", "oauth_version must be 1.0");
        }
        if (!DemoProviderState.same(settings.clientId(), oauth.get("oauth_consumer_key"))) {
            throw ProviderProblem.unauthorized("consumer_key_unknown", "no application has this consumer key");
        }
        SignatureMethod signatureMethod = hmac(oauth.get("oauth_signature_method"));
        long timestamp = timestamp(oauth.get("oauth_timestamp"));

        String token = oauth.get("oauth_token");
        String secret = null;
        if (tokenSecret == null && token != null) {
            throw ProviderProblem.badRequest("parameter_rejected", "this endpoint takes no oauth_token");
        }
        if (tokenSecret != null) {
            if (token == null) {
                throw ProviderProblem.badRequest("parameter_absent", "oauth_token is missing");
            }
            secret = tokenSecret.apply(token);
            if (secret == null) {
                throw ProviderProblem.unauthorized("token_rejected", "unknown, expired or used token");
            }
        }

        OAuth1Signer.Builder signer = OAuth1Signer.builder(oauth.get("oauth_consumer_key"))
                .clientSecret(settings.clientSecret())
                .signatureMethod(signatureMethod)
                .clock(Clock.fixed(Instant.ofEpochSecond(timestamp), ZoneOffset.UTC))
                .nonceSupplier(() -> oauth.get("oauth_nonce"));
        if (token != null) {
            signer.token(token, secret);
        }
        if (oauth.containsKey("oauth_callback")) {
            signer.callback(oauth.get("oauth_callback"));
        }
        if (oauth.containsKey("oauth_verifier")) {
            signer.verifier(oauth.get("oauth_verifier"));
        }
        SignedRequest expected = signer.build().sign(method, withoutOAuth(requestUri), withoutOAuth(form));
        if (!DemoProviderState.same(expected.signature(), oauth.get("oauth_signature"))) {
            throw ProviderProblem.unauthorized("signature_invalid", "the signature does not match this request");
        }
        if (!state.firstUse(oauth.get("oauth_consumer_key"), token, oauth.get("oauth_timestamp"),
                oauth.get("oauth_nonce"))) {
            throw ProviderProblem.unauthorized("nonce_used", "this nonce was used already");
        }
        return oauth;
    }

    private static SignatureMethod hmac(String wireName) {
        try {
            SignatureMethod m = SignatureMethod.fromWireName(wireName);
            if (m.isHmac()) {
                return m;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw ProviderProblem.badRequest("signature_method_rejected", "use HMAC-SHA1, HMAC-SHA256 or HMAC-SHA512");
    }

    private long timestamp(String text) {
        long now = state.clock().millis() / 1000L;
        long window = DemoProviderState.TIMESTAMP_WINDOW.toSeconds();
        long ts = text.matches("[0-9]{1,12}") ? Long.parseLong(text) : -1;
        if (ts < now - window || ts > now + window) {
            throw ProviderProblem.timestampRefused(now - window, now + window);
        }
        return ts;
    }

    private static URI withoutOAuth(URI uri) {
        try {
            String query = ProtocolParameters.queryWithoutOAuth(uri.getRawQuery());
            String s = uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath()
                    + (query == null ? "" : "?" + query);
            return new URI(s);
        } catch (URISyntaxException e) {
            throw ProviderProblem.badRequest("parameter_rejected", "malformed request URI");
        }
    }

    private static Map<String, List<String>> withoutOAuth(Map<String, List<String>> form) {
        Map<String, List<String>> out = new LinkedHashMap<>(form);
        out.keySet().removeIf(name -> name.startsWith("oauth_"));
        return out;
    }
}
