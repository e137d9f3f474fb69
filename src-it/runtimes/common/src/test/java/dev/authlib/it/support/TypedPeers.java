package dev.authlib.it.support;

import dev.authlib.oauth1.it.provider.OauthlibVerifier;
import dev.authlib.oauth1.it.provider.OauthlibVerifier.Client;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The peers of the typed REST clients ({@code dev.authlib.it.app.typed}) besides the Authlib provider: oauthlib's
 * verifier (src-it/oauthlib, Debian python3-oauthlib), which checks every signature, refuses a nonce seen before and
 * recomputes {@code oauth_body_hash}; and the configuration an application gives them.
 */
public final class TypedPeers {
    /** The static-token client ({@code body-hash=SHA-256}, HMAC-SHA256), as the verifier knows it. */
    public static final String LEDGER_KEY = "ledger-key";
    public static final String LEDGER_TOKEN = "ledger-token";
    public static final String LEDGER_TOKEN_SECRET = "ledger-token-Secret-5521";
    /** The tokenless client ({@code body-hash=SHA-1}). */
    public static final String LTI_KEY = "lti-key";

    private static final String LEDGER_SECRET = "ledger-Secret-0193";
    private static final String LTI_SECRET = "lti-Secret-6604";

    private TypedPeers() {
    }

    /** Starts oauthlib's verifier on a free loopback port, knowing the two clients. */
    public static OauthlibVerifier startVerifier() {
        try {
            return OauthlibVerifier.start(List.of(new Client(LEDGER_KEY, LEDGER_SECRET, Map.of(LEDGER_TOKEN,
                    LEDGER_TOKEN_SECRET)), Client.of(LTI_KEY, LTI_SECRET)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The typed clients' configuration: their URLs ({@code <configKey>/mp-rest/url}, read by every MicroProfile Rest
     * Client) and the OAuth clients {@code ledger} and {@code lti}.
     */
    public static Map<String, String> config(URI provider, URI verifier) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("provider-api/mp-rest/url", provider.toString());
        c.put("ledger-api/mp-rest/url", verifier.toString());
        c.put("lti-api/mp-rest/url", verifier.toString());
        String ledger = "authlib.oauth.clients.ledger.";
        c.put(ledger + "client-id", LEDGER_KEY);
        c.put(ledger + "client-secret", LEDGER_SECRET);
        c.put(ledger + "token", LEDGER_TOKEN);
        c.put(ledger + "token-secret", LEDGER_TOKEN_SECRET);
        c.put(ledger + "signature-method", "HMAC-SHA256");
        c.put(ledger + "body-hash", "SHA-256");
        String lti = "authlib.oauth.clients.lti.";
        c.put(lti + "client-id", LTI_KEY);
        c.put(lti + "client-secret", LTI_SECRET);
        c.put(lti + "body-hash", "SHA-1");
        return c;
    }

    /** {@code base} and the typed clients' configuration, in one map (for a WAR's configuration file). */
    public static Map<String, String> with(Map<String, String> base, URI provider, URI verifier) {
        Map<String, String> all = new LinkedHashMap<>(base);
        all.putAll(config(provider, verifier));
        return all;
    }
}
