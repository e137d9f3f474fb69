package dev.authlib.oauth1.it.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.it.browser.Browser;
import dev.authlib.oauth1.signature.SignatureMethod;
import dev.authlib.oauth1.signature.SignatureType;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every signature method in every placement that the provider verifies, the whole way: temporary credentials,
 * authorization, token credentials, then a signed GET and a signed form POST, from the application's own routes.
 */
class SignatureMethodsIT {

    @RegisterExtension
    static final FlowApp app = new FlowApp();

    static Stream<Arguments> methodsAndPlacements() {
        return Arrays.stream(SignatureMethod.values())
                .flatMap(m -> Arrays.stream(SignatureType.values()).map(t -> Arguments.of(m, t)));
    }

    @ParameterizedTest(name = "{0} in the {1}")
    @MethodSource("methodsAndPlacements")
    void allSignatureMethodsAndPlacements_completeTheLogin(SignatureMethod method, SignatureType type) {
        String client = FlowConfig.matrixClient(method, type);
        Browser browser = new Browser();
        URI authorize = Browser.redirect(browser.get(app.uri("shop/clients/" + client + "/login")), 303);
        assertEquals(app.provider().authorizeUri().getPath(), authorize.getPath(), authorize::toString);
        URI callback = ProviderPages.approve(browser, authorize);
        assertEquals(app.uri("shop/clients/" + client + "/callback").getPath(), callback.getPath());

        HttpResponse<String> done = browser.get(callback);

        String log = "\n--- provider log ---\n" + app.provider().log();
        assertEquals(200, done.statusCode(), () -> done.body() + log);
        String body = done.body();
        assertTrue(body.contains("screen_name=alice\n"), () -> body + log);
        assertTrue(body.contains("me.status=200\n"), () -> body + log);
        assertTrue(body.contains("\"screen_name\":\"alice\""), () -> body + log);
        assertTrue(body.contains("echo.status=200\n"), () -> body + log);
        assertTrue(body.contains("echo={\"status\":\"Hello Ladies + Gentlemen, a signed OAuth request!\","
                + "\"tag\":[\"a b\",\"\\u00fc&=*~\"]}\n"), () -> body + log);
        assertEquals("0", app.pending(browser));
    }
}
