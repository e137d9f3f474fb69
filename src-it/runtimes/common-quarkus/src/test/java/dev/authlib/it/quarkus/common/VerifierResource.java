package dev.authlib.it.quarkus.common;

import dev.authlib.oauth1.it.provider.OauthlibVerifier;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the oauthlib verifier (Debian python3-oauthlib's SignatureOnlyEndpoint, on a free loopback port) for an
 * application whose configuration has the clients that log no one in ({@link TheApp#hasClientsWithoutLogin()}),
 * and hands it, as run-time configuration, the verifier's URL and the secrets (what the environment does in
 * production).
 */
public class VerifierResource implements QuarkusTestResourceLifecycleManager {
    public static final String SHOP_SECRET = "cs_quarkus_shop_secret";
    public static final String ERP_SECRET = "erp-consumer-secret";
    public static final String ERP_TOKEN_SECRET = "erp-token-secret";

    private OauthlibVerifier verifier;

    @Override
    public Map<String, String> start() {
        Map<String, String> app = TheApp.configuration();
        try {
            verifier = OauthlibVerifier.start(List.of(
                    OauthlibVerifier.Client.of(app.get("authlib.oauth.clients.shop.client-id"), SHOP_SECRET),
                    new OauthlibVerifier.Client(app.get("authlib.oauth.clients.erp.client-id"), ERP_SECRET,
                            Map.of(app.get("authlib.oauth.clients.erp.token"), ERP_TOKEN_SECRET))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = new LinkedHashMap<>();
        config.put("authlib.oauth.clients.shop.base-url", verifier.baseUri().toString());
        config.put("authlib.oauth.clients.shop.client-secret", SHOP_SECRET);
        config.put("authlib.oauth.clients.erp.base-url", verifier.baseUri().toString());
        config.put("authlib.oauth.clients.erp.client-secret", ERP_SECRET);
        config.put("authlib.oauth.clients.erp.token-secret", ERP_TOKEN_SECRET);
        return config;
    }

    @Override
    public void stop() {
        if (verifier != null) {
            verifier.close();
        }
    }
}
