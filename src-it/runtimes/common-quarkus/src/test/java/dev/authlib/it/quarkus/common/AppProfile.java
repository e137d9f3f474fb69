package dev.authlib.it.quarkus.common;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/**
 * Profile of every @QuarkusTest here (one profile: the application and the provider start once for all classes).
 */
public class AppProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(DemoProvider.class));
    }
}
