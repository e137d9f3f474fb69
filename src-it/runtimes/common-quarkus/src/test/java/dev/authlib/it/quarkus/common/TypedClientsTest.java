package dev.authlib.it.quarkus.common;

import dev.authlib.it.common.TypedClientScenarios;
import dev.authlib.oauth1.it.browser.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URL;

/**
 * The {@link TypedClientScenarios} on this project's REST client (RESTEasy classic's in {@code quarkus}, Quarkus
 * REST's in {@code quarkus-rest}), in the application every {@code @QuarkusTest} here shares ({@link AppProfile}).
 * The typed clients and their route are test sources ({@code common/.../app/typed}), which a {@code @QuarkusTest}
 * application includes.
 */
@QuarkusTest
@TestProfile(AppProfile.class)
class TypedClientsTest implements TypedClientScenarios {

    @TestHTTPResource("/")
    URL base;

    @Override
    public URI jaxRs(String path) {
        return Browser.loopback(base, path);
    }
}
