package dev.authlib.it.quarkus;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Profile of every @QuarkusTest here (one profile: the application starts once for all classes).
 * A @QuarkusTest application holds the test classes too: keep the deliberately broken beans of
 * the deployment-failure tests out of it (Quarkus validates @ConfigProperty injection points even
 * of beans it removes as unused).
 */
public class AppProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.arc.exclude-types", "dev.authlib.it.bad.**");
    }
}
