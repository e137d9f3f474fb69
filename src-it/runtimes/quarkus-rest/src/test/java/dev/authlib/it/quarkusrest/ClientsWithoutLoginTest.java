package dev.authlib.it.quarkusrest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.it.quarkus.common.AppProfile;
import dev.authlib.oauth1.it.browser.Browser;
import dev.authlib.oauth1.signature.ResponseParameters;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A static-token client and a tokenless client on Quarkus REST, by configuration alone (preset, base URL, keys; the
 * secrets at run time), their calls verified by oauthlib's SignatureOnlyEndpoint; also a key from a {@code .env} file
 * in its documented environment spelling, read without an "unknown key" (it once stopped the start).
 */
@QuarkusTest
@TestProfile(AppProfile.class)
class ClientsWithoutLoginTest {

    @TestHTTPResource("/")
    URI root;

    Map<String, String> verified(String path) {
        HttpResponse<String> r = new Browser().get(root.resolve(path));
        assertEquals(200, r.statusCode(), r::body);
        return ResponseParameters.parse("application/json", r.body());
    }

    @Test
    void wooCommerceStylePreset_oneLegged_inTheQuery_hmacSha256_withoutVersion() {
        Map<String, String> v = verified("backoffice/orders");
        assertEquals("/wp-json/wc/v3/orders", v.get("path"));
        assertEquals("query", v.get("placement"));
        assertEquals("HMAC-SHA256", v.get("signature_method"));
        assertFalse(v.containsKey("version"), v::toString);
        assertFalse(v.containsKey("token"), v::toString);
        assertEquals("{\"status\": \"processing\", \"search\": \"a b+c*~%\\u00e9\"}", v.get("query"));
    }

    @Test
    void netSuiteStylePreset_staticToken_realm() {
        Map<String, String> v = verified("backoffice/customer");
        assertEquals("/services/rest/record/v1/customer/17", v.get("path"));
        assertEquals("header", v.get("placement"));
        assertEquals("HMAC-SHA256", v.get("signature_method"));
        assertEquals("4539762_SB1", v.get("realm"));
        assertEquals("erp-token-4539762", v.get("token"));
    }

    @Test
    void keyFromDotEnv_isRead() {
        HttpResponse<String> described = new Browser().get(root.resolve("clients/demo"));
        assertEquals(200, described.statusCode(), described::body);
        assertTrue(described.body().contains("userAgent=authlib-it-dotenv/1"), described::body);
    }
}
