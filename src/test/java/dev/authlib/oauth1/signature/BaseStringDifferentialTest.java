package dev.authlib.oauth1.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The signing path against a plain, String-based reading of §3.4.1 written here: random requests (queries with
 * every encoding quirk, forms with any Unicode, repeated and excluded names, odd ports and methods) must give the
 * same base string, signature and body. The signers are reused, so the recycled buffers are exercised too.
 */
class BaseStringDifferentialTest {

    private static final String[] QUERY_PARTS = {"a", "B1", "x-y.z_~", "", "+", "%20", "%2a", "%2A", "*", "!", "%7e",
        "%C3%A9", "%c3%a9", "é", "%F0%9F%98%80", "a+b", "%3D", "%26", "%25", "oauth_signature", "realm", "%E6%9D%B1"};
    private static final String[] CHARS = {"a", "Z", "0", "-", ".", "_", "~", " ", "+", "*", "%", "&", "=", "/", "?",
        "#", "\"", "é", "ß", "Ж", "東", "€", "😀", "👍🏽", "\uFFFF", "\uD800", "\uDC00x", "\u0000", "\u007F"};

    private final Random random = new Random(3_4_1_1);

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    private String text(int maxLength) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            sb.append(pick(CHARS));
        }
        return sb.toString();
    }

    private URI uri() {
        String host = pick(new String[] {"api.example.com", "API.Example.COM", "127.0.0.1", "[::1]"});
        String port = pick(new String[] {"", ":80", ":443", ":8080"});
        String path = pick(new String[] {"", "/", "/1.1/statuses/update.json", "/a%2fb/%7Euser", "/caf%C3%A9/é",
            "/r v".replace(" ", "%20"), "/UPPER/Case"});
        StringBuilder query = new StringBuilder();
        for (int i = random.nextInt(5); i > 0; i--) {
            query.append(query.length() > 0 || random.nextInt(4) == 0 ? "&" : "").append(pick(QUERY_PARTS));
            if (random.nextInt(5) > 0) {
                query.append('=').append(pick(QUERY_PARTS)).append(random.nextBoolean() ? pick(QUERY_PARTS) : "");
            }
        }
        String scheme = random.nextBoolean() ? "https" : "HTTP";
        return URI.create(scheme + "://" + host + port + path + (query.length() > 0 ? "?" + query : "")
                + (random.nextInt(6) == 0 ? "#frag" : ""));
    }

    private Map<String, List<String>> form() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (int i = random.nextInt(random.nextInt(8) == 0 ? 60 : 6); i > 0; i--) {
            String name = random.nextInt(10) == 0 ? "oauth_signature" : text(6);
            List<String> values = form.computeIfAbsent(name, k -> new ArrayList<>());
            for (int v = random.nextInt(3); v >= 0; v--) {
                values.add(random.nextInt(20) == 0 ? null : text(random.nextInt(10) == 0 ? 300 : 12));
            }
        }
        return form;
    }

    // ---- the reference: RFC 5849 §3.4.1 and §3.6 read literally

    private static String enc(String s) {
        StringBuilder fixed = new StringBuilder(); // a lone surrogate has no UTF-8 form: U+FFFD, as the signer does
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (paired) {
                fixed.append(c).append(s.charAt(++i));
            } else {
                fixed.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : fixed.toString().getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                sb.append(c);
            } else {
                sb.append(String.format("%%%02X", b & 0xFF));
            }
        }
        return sb.toString();
    }

    private static String referenceBaseString(String method, URI uri, Map<String, List<String>> form,
            Map<String, String> oauth) {
        List<String[]> params = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String part : uri.getRawQuery().split("&")) {
                if (!part.isEmpty()) {
                    int eq = part.indexOf('=');
                    String name = eq < 0 ? part : part.substring(0, eq);
                    String value = eq < 0 ? "" : part.substring(eq + 1);
                    params.add(new String[] {enc(URLDecoder.decode(name, StandardCharsets.UTF_8)),
                        enc(URLDecoder.decode(value, StandardCharsets.UTF_8))});
                }
            }
        }
        form.forEach((name, values) -> values.forEach(v -> params.add(new String[] {enc(name), enc(v == null ? "" : v)})));
        oauth.forEach((name, value) -> params.add(new String[] {name, enc(value)}));
        params.removeIf(p -> p[0].equals("oauth_signature"));
        params.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
        StringBuilder normalised = new StringBuilder();
        for (String[] p : params) {
            normalised.append(normalised.length() == 0 ? "" : "&").append(p[0]).append('=').append(p[1]);
        }
        return enc(method) + "&" + enc(BaseStringUri.of(uri)) + "&" + enc(normalised.toString());
    }

    private static String referenceBody(Map<String, List<String>> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, values) -> values.forEach(v -> body.append(body.length() == 0 ? "" : "&")
                .append(enc(name)).append('=').append(enc(v == null ? "" : v))));
        return body.toString();
    }

    @Test
    void randomRequests_signLikeTheReference() throws Exception {
        SignatureMethod[] methods = {SignatureMethod.HMAC_SHA1, SignatureMethod.HMAC_SHA256,
            SignatureMethod.HMAC_SHA512};
        List<OAuth1Signer> signers = new ArrayList<>();
        List<String[]> settings = new ArrayList<>(); // method, type, secret, token, token secret, nonce
        for (int i = 0; i < 12; i++) {
            String[] s = {methods[i % 3].name(), SignatureType.values()[i / 3 % 3].name(), text(8), text(6), text(6),
                random.nextBoolean() ? "n0nce" : text(10)};
            settings.add(s);
            signers.add(Fixtures.pinned().clientSecret(s[2]).token(i % 4 == 0 ? null : s[3], s[4])
                    .signatureMethod(SignatureMethod.valueOf(s[0])).signatureType(SignatureType.valueOf(s[1]))
                    .nonceSupplier(() -> s[5]).build());
        }
        for (int i = 0; i < 3000; i++) {
            int k = random.nextInt(signers.size());
            String[] s = settings.get(k);
            String method = pick(new String[] {"GET", "post", "PUT", "m-search*", "PATCH"});
            URI uri = uri();
            Map<String, List<String>> form = form();
            SignedRequest signed = signers.get(k).sign(method, uri, form);

            Map<String, String> oauth = new LinkedHashMap<>();
            oauth.put("oauth_consumer_key", "client-id");
            oauth.put("oauth_nonce", s[5]);
            oauth.put("oauth_signature_method", SignatureMethod.valueOf(s[0]).wireName());
            oauth.put("oauth_timestamp", Long.toString(Fixtures.TIMESTAMP));
            oauth.put("oauth_version", "1.0");
            if (k % 4 != 0) {
                oauth.put("oauth_token", s[3]);
            }
            String expectedBase = referenceBaseString(method.toUpperCase(java.util.Locale.ROOT), uri, form, oauth);
            String context = "request " + i + ": " + method + " " + uri + " " + form;
            assertEquals(expectedBase, signed.baseString(), context);

            String jca = SignatureMethod.valueOf(s[0]).jcaAlgorithm();
            Mac mac = Mac.getInstance(jca);
            mac.init(new SecretKeySpec((enc(s[2]) + "&" + enc(s[4])).getBytes(StandardCharsets.US_ASCII), jca));
            String expectedSignature = Base64.getEncoder().encodeToString(
                    mac.doFinal(expectedBase.getBytes(StandardCharsets.US_ASCII)));
            assertEquals(expectedSignature, signed.signature(), context);

            String body = referenceBody(form);
            if (SignatureType.valueOf(s[1]) == SignatureType.BODY) {
                assertTrue(signed.formBody().startsWith(body.isEmpty() ? "oauth_" : body + "&oauth_"), context);
            } else {
                assertEquals(form.isEmpty() ? null : body, signed.formBody(), context);
            }
            if (SignatureType.valueOf(s[1]) == SignatureType.HEADER) {
                assertEquals(enc(expectedSignature),
                        Fixtures.headerParams(signed.authorizationHeader()).get("oauth_signature"), context);
            }
        }
    }
}
