package dev.authlib.it.quarkus.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.authlib.it.support.EnvironmentClients;
import dev.authlib.oauth1.it.browser.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two clients configured only through environment variables (the pom sets them for the test JVM), every key in its
 * environment spelling: the build finds their names in {@code AUTHLIB_OAUTH_CLIENT_NAMES}, the application reads every
 * value, map entries included, and no spelling is taken for an unknown key.
 */
@QuarkusTest
@TestProfile(AppProfile.class)
class EnvironmentSpellingsTest {

    @TestHTTPResource("/")
    URI root;

    @Test
    void clientsConfiguredOnlyInTheEnvironment_haveEveryKeyRead() {
        Browser b = new Browser();
        for (String client : List.of(EnvironmentClients.ENVDEMO, EnvironmentClients.ENVRSA)) {
            HttpResponse<String> described = b.get(root.resolve("clients/" + client));
            assertEquals(200, described.statusCode(), described::body);
            EnvironmentClients.assertRead(client, described.body());
        }
    }
}
