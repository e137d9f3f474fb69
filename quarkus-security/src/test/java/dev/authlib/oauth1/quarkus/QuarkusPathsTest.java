package dev.authlib.oauth1.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/** The challenge sends the browser to the built-in login route wherever the application's configuration put it. */
class QuarkusPathsTest {

    static Config config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withDefaultValues(properties).build();
    }

    @Test
    void byDefault_theRoutesAreAtTheRoot() {
        assertEquals("/oauth1/x/login", QuarkusPaths.login(config(Map.of()), "x"));
        assertEquals("/", QuarkusPaths.root(config(Map.of())));
    }

    @Test
    void theRestRoot_isBelowTheHttpRoot_onEitherStack() {
        assertEquals("/app/api/oauth1/x/login", QuarkusPaths.login(config(Map.of("quarkus.http.root-path", "/app",
                "quarkus.rest.path", "/api")), "x"));
        assertEquals("/app/api/oauth1/x/login", QuarkusPaths.login(config(Map.of("quarkus.http.root-path", "app/",
                "quarkus.resteasy.path", "api")), "x"));
        assertEquals("/app/", QuarkusPaths.root(config(Map.of("quarkus.http.root-path", "/app"))));
    }
}
