package dev.authlib.oauth1.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pinned clocks and nonces, the throw-away test keys, and small parsers of what the signer produced. */
final class Fixtures {
    static final long TIMESTAMP = 1_700_000_000L;
    static final String NONCE = "fixedNonce0123456789ab";

    private Fixtures() {}

    static Clock at(long epochSeconds) {
        return Clock.fixed(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC);
    }

    /** A signer builder with client credentials, a pinned clock and a pinned nonce. */
    static OAuth1Signer.Builder pinned() {
        return OAuth1Signer.builder("client-id")
                .clientSecret("client-secret")
                .clock(at(TIMESTAMP))
                .nonceSupplier(() -> NONCE);
    }

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/keys/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource keys/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PrivateKey privateKey() {
        return RsaKeys.privateKey(resource("test-pkcs8.pem"));
    }

    static PublicKey publicKey() {
        return RsaKeys.publicKey(resource("test-public.pem"));
    }

    /** The DER bytes inside a PEM block: its base64 body, decoded. */
    static byte[] derOf(String pem) {
        StringBuilder b64 = new StringBuilder();
        for (String line : pem.split("\n")) {
            if (!line.startsWith("-----") && !line.isBlank()) {
                b64.append(line.strip());
            }
        }
        return Base64.getDecoder().decode(b64.toString());
    }

    /** An ordered form map from name, value, name, value, ...; a repeated name collects its values. */
    static Map<String, List<String>> form(String... nameValues) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            form.computeIfAbsent(nameValues[i], k -> new ArrayList<>()).add(nameValues[i + 1]);
        }
        return form;
    }

    /** The parameters of an {@code Authorization: OAuth ...} header, values still encoded, realm included. */
    static Map<String, String> headerParams(String header) {
        if (!header.startsWith("OAuth ")) {
            throw new AssertionError("not an OAuth header: " + header);
        }
        Map<String, String> out = new LinkedHashMap<>();
        String rest = header.substring("OAuth ".length());
        int i = 0;
        while (i < rest.length()) {
            int eq = rest.indexOf('=', i);
            String name = rest.substring(i, eq).strip();
            if (rest.charAt(eq + 1) != '"') {
                throw new AssertionError("unquoted value of " + name + " in " + header);
            }
            StringBuilder value = new StringBuilder();
            int j = eq + 2;
            while (rest.charAt(j) != '"') {
                if (rest.charAt(j) == '\\') {
                    j++;
                }
                value.append(rest.charAt(j++));
            }
            out.put(name, value.toString());
            i = j + 1;
            if (i < rest.length()) {
                if (!rest.startsWith(", ", i)) {
                    throw new AssertionError("expected ', ' at " + i + " in " + header);
                }
                i += 2;
            }
        }
        return out;
    }

    /** The {@code name=value} pairs of an encoded query or form body, still encoded, in order. */
    static List<String[]> pairs(String encoded) {
        List<String[]> out = new ArrayList<>();
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            out.add(eq < 0 ? new String[] {pair, ""} : new String[] {pair.substring(0, eq), pair.substring(eq + 1)});
        }
        return out;
    }

    /** The third part of a base string, decoded once: the normalised parameters (§3.4.1.3.2). */
    static String normalisedParameters(String baseString) {
        String encoded = baseString.substring(baseString.indexOf('&', baseString.indexOf('&') + 1) + 1);
        return PercentEncoding.decodeFormComponent(encoded);
    }
}
