package dev.authlib.oauth1.it.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.authlib.oauth1.signature.OAuth1Signer;
import dev.authlib.oauth1.signature.ResponseParameters;
import dev.authlib.oauth1.signature.RsaKeys;
import dev.authlib.oauth1.signature.SignatureMethod;
import dev.authlib.oauth1.signature.SignatureType;
import dev.authlib.oauth1.signature.SignedRequest;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The signer agrees with an independent implementation, oauthlib (Debian {@code python3-oauthlib}), on thousands
 * of random requests: all seven methods, all three placements, random hosts, ports and paths, query and form
 * parameters full of hostile characters. {@code src-it/oauthlib/verify.py} rebuilds each base string from the
 * request as it goes on the wire, checks every parameter arrives with the intended value, and verifies the
 * signature with oauthlib's own functions.
 *
 * <p>System properties: {@code it.python} (default {@code /usr/bin/python3}, the interpreter that sees Debian's
 * packages), {@code it.oauthlib.script} (default {@code src-it/oauthlib/verify.py}).
 */
class OauthlibDifferentialIT {

    private static final long SEED = 0x5849_2010L;
    private static final int PER_COMBINATION = 150; // 7 methods x 3 placements x 150 = 3,150 requests

    private static final String[] HOSTILE = {
        "a", "Z", "0", "9", "-", ".", "_", "~", " ", "+", "*", "%", "&", "=", "#", "?", "/", ":", ";", ",", "!",
        "@", "$", "'", "(", ")", "[", "]", "{", "}", "\"", "\\", "<", ">", "|", "^", "`", "\t", "\n", "\u0000",
        "\u007F", "é", "ß", "ж", "€", "中", "😀", "𝄞", "e\u0301", "%20", "%2B", "%25", "%E2%82%AC", "%zz", "%2",
        "a+b", "x=y", "k&v"
    };
    /** Sub-delimiters and the like that may stand unencoded in a query component without changing its meaning. */
    private static final String QUERY_RAW_OK = "!$'()*,;:@/?~";
    private static final String PATH_RAW_OK = "!$&'()*+,;=:@~";
    /** Non-ASCII text that Unicode normalisation (which URI.toASCIIString applies) leaves unchanged. */
    private static final String[] NFC_STABLE = {"é", "ß", "ж", "€", "中", "😀", "𝄞"};
    private static final String[] IPV6 = {"::1", "2001:db8::1", "fe80::1:2", "2001:db8:85a3::8a2e:370:7334"};
    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "post",
        "get", "M-SEARCH", "X*Y!"};

    private final Random rnd = new Random(SEED);

    @Test
    void signerAgreesWithOauthlib_onRandomHostileRequests() throws Exception {
        PrivateKey privateKey = RsaKeys.privateKey(resource("/keys/test-pkcs8.pem"));
        String publicKey = resource("/keys/test-public.pem");
        List<Case> cases = new ArrayList<>();
        Map<SignatureType, Integer> perType = new EnumMap<>(SignatureType.class);
        for (int round = 0; round < PER_COMBINATION; round++) {
            for (SignatureMethod method : SignatureMethod.values()) {
                for (SignatureType type : SignatureType.values()) {
                    cases.add(randomCase(cases.size(), method, type, privateKey, publicKey));
                    perType.merge(type, 1, Integer::sum);
                }
            }
        }
        assertTrue(cases.size() >= 3000, "cases: " + cases.size());

        List<Map<String, String>> results = runOauthlib(cases);
        assertEquals(cases.size(), results.size(), "one result per request");
        List<String> failures = new ArrayList<>();
        int agreed = 0;
        for (Map<String, String> r : results) {
            Case c = cases.get(Integer.parseInt(r.get("id")));
            if ("true".equals(r.get("ok"))) {
                agreed++;
            } else {
                failures.add(c.describe() + "\n  reason:  " + r.get("reason") + "\n  ours:    "
                        + c.signed.baseString() + "\n  oauthlib: " + r.get("oauthlib_base_string"));
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + cases.size() + " requests disagree with oauthlib; the first few:\n"
                    + String.join("\n", failures.subList(0, Math.min(5, failures.size()))));
        }
        assertEquals(cases.size(), agreed);
        System.out.println("OauthlibDifferentialIT: " + agreed + " requests agree " + perType);
    }

    // ---- one random request

    private final class Case {
        final int id;
        final SignatureMethod method;
        final SignatureType type;
        final String httpMethod;
        final String clientSecret;
        final String tokenSecret;
        final String publicKey;
        final List<String[]> expect = new ArrayList<>();
        SignedRequest signed;

        Case(int id, SignatureMethod method, SignatureType type, String httpMethod, String clientSecret,
                String tokenSecret, String publicKey) {
            this.id = id;
            this.method = method;
            this.type = type;
            this.httpMethod = httpMethod;
            this.clientSecret = clientSecret;
            this.tokenSecret = tokenSecret;
            this.publicKey = publicKey;
        }

        String describe() {
            return "#" + id + " " + method.wireName() + " " + type + " " + signed.method() + " "
                    + signed.uri().toASCIIString() + (signed.formBody() == null ? "" : " body " + signed.formBody())
                    + (signed.authorizationHeader() == null ? "" : " header " + signed.authorizationHeader());
        }

        String json() {
            StringBuilder sb = new StringBuilder(1024).append('{');
            field(sb, "id", Integer.toString(id));
            field(sb, "method", signed.method());
            field(sb, "uri", signed.uri().toASCIIString()); // what an HTTP client puts on the wire
            sb.append("\"headers\":{");
            if (signed.authorizationHeader() != null) {
                field(sb, "Authorization", signed.authorizationHeader());
            }
            if (signed.formBody() != null) {
                field(sb, "Content-Type", "application/x-www-form-urlencoded");
            }
            trimComma(sb).append("},");
            if (signed.formBody() != null) {
                field(sb, "body", signed.formBody());
            }
            if (method.isRsa()) {
                field(sb, "public_key", publicKey);
            } else {
                field(sb, "client_secret", clientSecret);
                field(sb, "token_secret", tokenSecret == null ? "" : tokenSecret);
            }
            field(sb, "base_string", signed.baseString());
            field(sb, "signature", signed.signature());
            sb.append("\"expect\":[");
            for (String[] p : expect) {
                sb.append('[');
                quote(sb, p[0]).append(',');
                quote(sb, p[1]).append("],");
            }
            if (!expect.isEmpty()) {
                sb.setLength(sb.length() - 1);
            }
            return sb.append("]}").toString();
        }
    }

    private Case randomCase(int id, SignatureMethod method, SignatureType type, PrivateKey privateKey,
            String publicKey) {
        // oauthlib decodes protocol parameters taken from the query or the body twice (collect_parameters
        // form-decodes the query and body, then "unescapes" every oauth_* value once more). RFC 5849 §3.4.1.3.1
        // decodes them once, as our signer and every RFC peer do, so a '%' in a decoded oauth_* value sent in the
        // query or body (QUERY, BODY) reaches oauthlib altered. Only for that class of input are the protocol
        // values kept free of '%': for QUERY and BODY, the client id, token, verifier, callback and nonce have no
        // '%', and PLAINTEXT secrets (whose signature is "encoded&encoded", full of '%' as soon as a secret holds
        // a character outside the unreserved set) are unreserved. HEADER keeps them fully hostile: oauthlib decodes
        // header values once. For the same reason no ordinary parameter is named oauth_*.
        boolean oauthlibDoubleDecodes = type != SignatureType.HEADER;
        boolean plaintext = method == SignatureMethod.PLAINTEXT;
        String clientSecret = plaintext && oauthlibDoubleDecodes ? unreserved() : hostile(0, 16);
        String tokenSecret = rnd.nextInt(4) == 0 ? null
                : plaintext && oauthlibDoubleDecodes ? unreserved() : hostile(0, 16);
        String httpMethod = METHODS[rnd.nextInt(METHODS.length)];
        Case c = new Case(id, method, type, httpMethod, clientSecret, tokenSecret, publicKey);

        String clientId = protocolValue(oauthlibDoubleDecodes, 1);
        String nonce = protocolValue(oauthlibDoubleDecodes, 1);
        long timestamp = 1_000_000_000L + (rnd.nextLong() & 0x7FFF_FFFFL);
        OAuth1Signer.Builder b = OAuth1Signer.builder(clientId)
                .signatureMethod(method)
                .signatureType(type)
                .clock(Clock.fixed(Instant.ofEpochSecond(timestamp), ZoneOffset.UTC))
                .nonceSupplier(() -> nonce);
        if (method.isRsa()) {
            b.rsaKey(privateKey);
        } else {
            b.clientSecret(clientSecret);
        }
        c.expect.add(new String[] {"oauth_consumer_key", clientId});
        c.expect.add(new String[] {"oauth_nonce", nonce});
        c.expect.add(new String[] {"oauth_timestamp", Long.toString(timestamp)});
        c.expect.add(new String[] {"oauth_signature_method", method.wireName()});
        c.expect.add(new String[] {"oauth_version", "1.0"});
        if (rnd.nextInt(10) < 7) {
            String token = protocolValue(oauthlibDoubleDecodes, 1);
            b.token(token, tokenSecret);
            c.expect.add(new String[] {"oauth_token", token});
        } else if (tokenSecret != null) {
            b.token(null, tokenSecret);
        }
        if (rnd.nextInt(10) < 3) {
            String verifier = protocolValue(oauthlibDoubleDecodes, 0);
            b.verifier(verifier);
            c.expect.add(new String[] {"oauth_verifier", verifier});
        }
        if (rnd.nextInt(10) < 3) {
            String callback = rnd.nextBoolean() ? "oob"
                    : "https://app.example.com/cb?next=" + protocolValue(oauthlibDoubleDecodes, 0) + "#x";
            b.callback(callback);
            c.expect.add(new String[] {"oauth_callback", callback});
        }
        if (rnd.nextBoolean()) {
            b.realm(hostile(0, 10).replaceAll("[\\x00-\\x1F\\x7F]", "")); // never signed (§3.4.1.3.1)
        }

        URI uri = randomUri(c.expect);
        Map<String, List<String>> form = new LinkedHashMap<>();
        if (type == SignatureType.BODY ? rnd.nextInt(4) != 0 : rnd.nextInt(10) < 6) {
            int n = rnd.nextInt(6);
            String repeated = name();
            for (int i = 0; i < n; i++) {
                String name = rnd.nextInt(4) == 0 ? repeated : name(); // repeated keys, within the form too
                String value = rnd.nextInt(6) == 0 ? "" : hostile(0, 12);
                form.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                c.expect.add(new String[] {name, value});
            }
        }
        c.signed = b.build().sign(httpMethod, uri, form);
        return c;
    }

    private URI randomUri(List<String[]> expect) {
        StringBuilder u = new StringBuilder(128);
        String scheme = new String[] {"http", "https", "HTTP", "Https"}[rnd.nextInt(4)];
        u.append(scheme).append("://");
        if (rnd.nextInt(20) == 0) {
            u.append("user:p%40ss@");
        }
        switch (rnd.nextInt(6)) {
            case 0:
                u.append(rnd.nextInt(256)).append('.').append(rnd.nextInt(256)).append('.').append(rnd.nextInt(256))
                        .append('.').append(1 + rnd.nextInt(254));
                break;
            case 1:
                // canonical (compressed, as RFC 5952 writes them) only: oauthlib re-formats an IPv6 host through
                // Python's ipaddress, while §3.4.1.2 wants the host exactly as in the Host header
                u.append('[').append(randomCase(IPV6[rnd.nextInt(IPV6.length)])).append(']');
                break;
            default:
                int labels = 1 + rnd.nextInt(3);
                for (int i = 0; i < labels; i++) {
                    u.append(label()).append('.');
                }
                u.append(randomCase(new String[] {"com", "net", "example", "io", "test"}[rnd.nextInt(5)]));
        }
        boolean https = scheme.equalsIgnoreCase("https");
        switch (rnd.nextInt(5)) {
            case 0:
                u.append(https ? ":443" : ":80"); // default, written out: dropped
                break;
            case 1:
                u.append(https ? ":80" : ":443"); // the other scheme's default: kept
                break;
            case 2:
                u.append(':').append(1 + rnd.nextInt(65535));
                break;
            default:
                break;
        }
        int segments = rnd.nextInt(5);
        for (int i = 0; i < segments; i++) {
            String segment = pathSegment();
            if (i == segments - 1 && segment.indexOf(';') == segment.length() - 1) {
                // Python's urlparse takes what follows the last segment's first ';' as "params", and urlunparse
                // writes ";params" back only when it is not empty: oauthlib's base_string_uri turns "/a;" into
                // "/a". §3.4.1.2 keeps the path as sent (its ';' included), as our signer does; only that class
                // of path (last segment ending with its first ';') is kept out
                segment += "x";
            }
            u.append('/').append(segment);
        }
        if (rnd.nextInt(5) != 0) {
            u.append('?').append(query(expect));
        }
        if (rnd.nextInt(6) == 0) {
            u.append('#').append(rnd.nextBoolean() ? "frag" : "a%20b?c=d");
        }
        return URI.create(u.toString());
    }

    private String pathSegment() {
        String text = hostile(0, 8);
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            if (cp < 128 && (Character.isLetterOrDigit(cp) || "-._~".indexOf(cp) >= 0)) {
                sb.append(ch);
            } else if (cp < 128 && PATH_RAW_OK.indexOf(cp) >= 0 && rnd.nextBoolean()) {
                sb.append(ch);
            } else if (isNfcStable(ch) && rnd.nextBoolean()) {
                sb.append(ch); // raw non-ASCII: java.net.URI keeps it, the wire carries its UTF-8 octets
            } else {
                escape(sb, ch);
            }
        });
        return sb.toString();
    }

    /** A query of random parameters, each encoded in one of the ways found in the wild; adds them to expect. */
    private String query(List<String[]> expect) {
        int n = rnd.nextInt(6);
        StringBuilder q = new StringBuilder();
        String repeated = name();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                q.append('&');
            }
            if (rnd.nextInt(12) == 0) {
                q.append('&'); // an empty segment: ignored by both
            }
            String name = rnd.nextInt(4) == 0 ? repeated : name();
            String value = rnd.nextInt(6) == 0 ? "" : hostile(0, 10);
            q.append(queryComponent(name));
            if (!value.isEmpty() || name.isEmpty() || rnd.nextBoolean()) { // a bare "" would be an empty segment
                q.append('=').append(queryComponent(value));
            } // else a key without '=' ("c2" in §3.4.1.3.1): its value is empty
            expect.add(new String[] {name, value});
        }
        return q.toString();
    }

    private String queryComponent(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            if (cp < 128 && (Character.isLetterOrDigit(cp) || "-._".indexOf(cp) >= 0)) {
                if (rnd.nextInt(10) == 0) {
                    escape(sb, ch); // needlessly escaped, such as %41
                } else {
                    sb.append(ch);
                }
            } else if (cp == ' ') {
                sb.append(rnd.nextBoolean() ? "+" : "%20");
            } else if (cp < 128 && QUERY_RAW_OK.indexOf(cp) >= 0 && rnd.nextBoolean()) {
                sb.append(ch);
            } else if (isNfcStable(ch) && rnd.nextBoolean()) {
                sb.append(ch);
            } else {
                escape(sb, ch);
            }
        });
        return sb.toString();
    }

    /** Percent-escapes the UTF-8 octets of a character, in upper- or lower-case hexadecimal. */
    private void escape(StringBuilder sb, String ch) {
        boolean lower = rnd.nextInt(3) == 0;
        for (byte b : ch.getBytes(StandardCharsets.UTF_8)) {
            String hex = String.format("%02X", b & 0xFF);
            sb.append('%').append(lower ? hex.toLowerCase() : hex);
        }
    }

    private static boolean isNfcStable(String ch) {
        for (String s : NFC_STABLE) {
            if (s.equals(ch)) {
                return true;
            }
        }
        return false;
    }

    /** A hostile text of min..max pieces; no lone surrogates (oauthlib cannot UTF-8 encode them). */
    private String hostile(int min, int max) {
        int n = min + rnd.nextInt(max - min + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(HOSTILE[rnd.nextInt(HOSTILE.length)]);
        }
        return sb.toString();
    }

    /** A parameter name: hostile, sometimes empty, never oauth_* (see randomCase). */
    private String name() {
        if (rnd.nextInt(40) == 0) {
            return "";
        }
        String name = rnd.nextBoolean() ? label() : hostile(1, 6);
        return name.startsWith("oauth_") ? "x" + name : name;
    }

    private String protocolValue(boolean noPercent, int minLength) {
        String v = hostile(minLength, 10);
        if (noPercent) {
            v = v.replace("%", "");
        }
        return v.length() < minLength ? "v" : v;
    }

    private String unreserved() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
        StringBuilder sb = new StringBuilder();
        for (int i = rnd.nextInt(16); i > 0; i--) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private String label() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder sb = new StringBuilder();
        sb.append(alphabet.charAt(rnd.nextInt(26)));
        for (int i = rnd.nextInt(10); i > 0; i--) {
            sb.append(rnd.nextInt(8) == 0 ? '-' : alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        return randomCase(sb.toString());
    }

    private String randomCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            sb.append(rnd.nextInt(3) == 0 ? Character.toUpperCase(ch) : ch);
        }
        return sb.toString();
    }

    // ---- running verify.py

    private static List<Map<String, String>> runOauthlib(List<Case> cases) throws Exception {
        String python = System.getProperty("it.python", "/usr/bin/python3");
        Path script = Path.of(System.getProperty("it.oauthlib.script", "src-it/oauthlib/verify.py"));
        assertTrue(Files.isRegularFile(script), "no " + script.toAbsolutePath());
        Path stderr = Files.createTempFile("oauthlib-verify", ".log");
        Process p = new ProcessBuilder(python, script.toString())
                .redirectError(stderr.toFile())
                .start();
        CompletableFuture<Void> feeding = CompletableFuture.runAsync(() -> {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8))) {
                for (Case c : cases) {
                    w.write(c.json());
                    w.write('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<Map<String, String>> results = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                results.add(ResponseParameters.parseJson(line));
            }
        }
        feeding.get(5, TimeUnit.MINUTES);
        assertTrue(p.waitFor(1, TimeUnit.MINUTES), "verify.py did not exit");
        assertEquals(0, p.exitValue(), () -> python + " " + script + " failed:\n" + read(stderr));
        Files.deleteIfExists(stderr);
        return results;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = OauthlibDifferentialIT.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    // ---- JSON writing (every non-ASCII character as \\uXXXX, so surrogate pairs arrive as one code point)

    private static void field(StringBuilder sb, String name, String value) {
        quote(sb, name).append(':');
        quote(sb, value).append(',');
    }

    private static StringBuilder quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"' || ch == '\\') {
                sb.append('\\').append(ch);
            } else if (ch < 0x20 || ch > 0x7E) {
                sb.append(String.format("\\u%04x", (int) ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.append('"');
    }

    private static StringBuilder trimComma(StringBuilder sb) {
        if (sb.charAt(sb.length() - 1) == ',') {
            sb.setLength(sb.length() - 1);
        }
        return sb;
    }
}
