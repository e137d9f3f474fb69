package dev.authlib.oauth1.internal.config;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;

/** A real SmallRye Config holding exactly the given properties (and environment), registered for the test's class loader. */
public final class TestConfig implements AutoCloseable {
    private final SmallRyeConfig config;

    private TestConfig(Map<String, String> properties, Map<String, String> environment) {
        config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(new HashMap<>(properties), "test", 100))
                .withSources(new EnvConfigSource(new HashMap<>(environment), 300))
                .addDefaultInterceptors()
                .build();
        ConfigProviderResolver.instance().registerConfig(config, Thread.currentThread().getContextClassLoader());
    }

    /** The test RSA key (src/test/resources/keys/test-pkcs8.pem), inline PEM. */
    public static final String RSA_PEM = readKey();

    private static String readKey() {
        try (java.io.InputStream in = TestConfig.class.getResourceAsStream("/keys/test-pkcs8.pem")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("no test key", e);
        }
    }

    public static TestConfig with(Map<String, String> properties) {
        return new TestConfig(properties, Map.of());
    }

    /** Properties (as in application.properties) and environment variables (as SmallRye's env source has them). */
    public static TestConfig with(Map<String, String> properties, Map<String, String> environment) {
        return new TestConfig(properties, environment);
    }

    public Config config() {
        return config;
    }

    /** A valid HMAC-SHA1 client named {@code name} whose endpoints are under {@code base}. */
    public static Map<String, String> client(String name, String base) {
        Map<String, String> p = new HashMap<>();
        String k = "authlib.oauth.clients." + name + ".";
        p.put(k + "client-id", name + "-key");
        p.put(k + "client-secret", name + "-secret");
        p.put(k + "request-token-url", base + "/oauth/request_token");
        p.put(k + "authorize-url", base + "/oauth/authorize");
        p.put(k + "access-token-url", base + "/oauth/access_token");
        p.put(k + "api-base-url", base + "/api");
        return p;
    }

    @Override
    public void close() {
        ConfigProviderResolver.instance().releaseConfig(config);
    }
}
