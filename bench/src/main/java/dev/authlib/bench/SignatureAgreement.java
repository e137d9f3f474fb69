package dev.authlib.bench;

import dev.authlib.oauth1.signature.SignedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fail-fast check run before any timing (from {@link SigningBenchmark}'s {@code @Setup}) and as a plain
 * {@code main}: for a workload, every library must produce our signature, our base string (each competitor's is
 * captured by a recording signer) and the same set of {@code Authorization} header parameters.
 *
 * <pre>java -cp target/benchmarks.jar dev.authlib.bench.SignatureAgreement</pre>
 */
public final class SignatureAgreement {
    private SignatureAgreement() {}

    /** What the check established for one workload. */
    public static final class Result {
        public final String signature;
        public final String baseString;
        /** Whether google-oauth-client's own path (URL only) signs this request correctly. */
        public final boolean googleIdiomaticAgrees;

        Result(String signature, String baseString, boolean googleIdiomaticAgrees) {
            this.signature = signature;
            this.baseString = baseString;
            this.googleIdiomaticAgrees = googleIdiomaticAgrees;
        }
    }

    public static void main(String[] args) throws Exception {
        for (Workload w : Workload.values()) {
            Result r = verify(w);
            System.out.printf("%-10s agree: authlib = ScribeJava = google-oauth-client%s = signpost = floor%n"
                    + "           oauth_signature=%s%n           base string (%d bytes): %.160s...%n",
                    w, r.googleIdiomaticAgrees ? "" : " (form workaround)", r.signature, r.baseString.length(),
                    r.baseString);
            if (!r.googleIdiomaticAgrees) {
                System.out.println("           FINDING: google-oauth-client's own path (computeSignature(method, "
                        + "GenericUrl)) ignores the form body; its signature differs and a provider rejects it");
            }
        }
        System.out.println("2 passed, 0 failed");
    }

    /**
     * Checks that all libraries agree on the workload.
     *
     * @throws IllegalStateException on the first disagreement, naming the library and both values
     */
    public static Result verify(Workload w) throws GeneralSecurityException {
        AuthlibSigning ours = new AuthlibSigning(w);
        SignedRequest signed = ours.sign();
        String sig = signed.signature();
        String base = signed.baseString();
        Map<String, String> header = headerParams("authlib", signed.authorizationHeader());
        check(w, "authlib (URI parsed per call)", "signature", sig, ours.signFromString().signature());
        check(w, "authlib", "header oauth_signature", sig, header.get("oauth_signature"));
        check(w, "authlib", "oauth_version", "1.0", header.get("oauth_version"));

        HmacFloor floor = new HmacFloor(base);
        check(w, "floor (per-thread Mac)", "signature", sig, floor.perThread());
        check(w, "floor (cloned Mac)", "signature", sig, floor.cloned());

        ScribeJavaSigning scribe = new ScribeJavaSigning(w, true);
        String scribeHeader = scribe.sign();
        check(w, "ScribeJava", "base string", base, scribe.recorded.toString());
        check(w, "ScribeJava", "header parameters", header.toString(), headerParams("ScribeJava", scribeHeader).toString());
        check(w, "ScribeJava (as timed)", "header", scribeHeader, new ScribeJavaSigning(w, false).sign());

        GoogleOAuthClientSigning google = new GoogleOAuthClientSigning(w, true);
        String googleHeader = google.signIdiomatic();
        boolean idiomaticAgrees = sig.equals(google.signature());
        if (w.form.isEmpty()) {
            check(w, "google-oauth-client", "signature", sig, google.signature());
        } else {
            // A finding, not a failure: google-oauth-client never signs the form body. If this ever agrees, the
            // library changed and the benchmark should time its own path for the POST too.
            if (idiomaticAgrees) {
                throw new IllegalStateException(w + ": google-oauth-client now signs form bodies itself: "
                        + "time signIdiomatic() for this workload");
            }
            googleHeader = google.signWithFormWorkaround();
        }
        check(w, "google-oauth-client", "base string", base, google.recorded.toString());
        check(w, "google-oauth-client", "header parameters", header.toString(),
                headerParams("google-oauth-client", googleHeader).toString());
        GoogleOAuthClientSigning googleTimed = new GoogleOAuthClientSigning(w, false);
        check(w, "google-oauth-client (as timed)", "header", googleHeader,
                w.form.isEmpty() ? googleTimed.signIdiomatic() : googleTimed.signWithFormWorkaround());

        SignpostSigning signpost = new SignpostSigning(w, true);
        String signpostHeader = signpost.sign();
        check(w, "signpost", "base string", base, signpost.recorded.toString());
        check(w, "signpost", "header parameters", header.toString(), headerParams("signpost", signpostHeader).toString());
        check(w, "signpost (as timed)", "header", signpostHeader, new SignpostSigning(w, false).sign());

        return new Result(sig, base, idiomaticAgrees);
    }

    private static void check(Workload w, String library, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException(w + ": " + library + " disagrees on the " + what + "\n  expected: "
                    + expected + "\n  actual:   " + actual);
        }
    }

    /** The decoded parameters of an {@code OAuth k="v", ...} header, sorted by name. */
    static Map<String, String> headerParams(String library, String header) {
        if (header == null || !header.startsWith("OAuth ")) {
            throw new IllegalStateException(library + ": no OAuth Authorization header: " + header);
        }
        Map<String, String> params = new TreeMap<>();
        for (String part : header.substring("OAuth ".length()).split(",")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            if (eq < 0 || !p.endsWith("\"") || p.charAt(eq + 1) != '"') {
                throw new IllegalStateException(library + ": malformed header parameter '" + p + "'");
            }
            String value = p.substring(eq + 2, p.length() - 1).replace("+", "%2B");
            if (params.put(p.substring(0, eq), URLDecoder.decode(value, StandardCharsets.UTF_8)) != null) {
                throw new IllegalStateException(library + ": repeated header parameter " + p.substring(0, eq));
            }
        }
        return params;
    }
}
