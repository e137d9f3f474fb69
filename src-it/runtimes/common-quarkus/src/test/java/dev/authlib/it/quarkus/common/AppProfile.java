package dev.authlib.it.quarkus.common;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * Profile of every @QuarkusTest here (one profile: the application and the provider start once for all classes).
 */
public class AppProfile implements QuarkusTestProfile {

    /** The test classes are part of a @QuarkusTest application: not the misconfigured deployments' bean. */
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.arc.exclude-types", "dev.authlib.it.badapp.*");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return TheApp.hasClientsWithoutLogin()
                ? List.of(new TestResourceEntry(DemoProvider.class), new TestResourceEntry(VerifierResource.class))
                : List.of(new TestResourceEntry(DemoProvider.class));
    }
}
