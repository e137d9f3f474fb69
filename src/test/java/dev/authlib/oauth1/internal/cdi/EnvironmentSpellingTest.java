package dev.authlib.oauth1.internal.cdi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OpenLiberty's MicroProfile Config lists the environment variable {@code AUTHLIB_OAUTH_CLIENTS_DEMO_CLIENT_SECRET}
 * among the property names as {@code authlib.oauth.clients.demo.client.secret}. The scans must not take that for an
 * unknown key {@code client.secret} (it failed the deployment of a correctly configured application) nor, for
 * {@code my-idp}, for a client named {@code my}.
 */
class EnvironmentSpellingTest {
    static final Map<String, String> ENV = Map.of(
            "AUTHLIB_OAUTH_CLIENTS_DEMO_CLIENT_SECRET", "s",
            "AUTHLIB_OAUTH_CLIENTS_MY_IDP_CLIENT_ID", "k");

    @Test
    void dottedSpellingOfASetVariable_isSkipped() {
        assertTrue(ConfigKeys.isEnvironmentSpelling("authlib.oauth.clients.demo.client.secret", ENV::get));
        assertTrue(ConfigKeys.isEnvironmentSpelling("authlib.oauth.clients.my.idp.client.id", ENV::get));
    }

    @Test
    void realKeys_areNotEnvironmentSpellings() {
        assertFalse(ConfigKeys.isEnvironmentSpelling("authlib.oauth.clients.demo.client-secret", ENV::get));
        assertFalse(ConfigKeys.isEnvironmentSpelling("authlib.oauth.clients.my-idp.client-id", ENV::get));
    }

    @Test
    void dottedKeyWithoutSuchVariable_isStillReportedAsUnknown() {
        assertFalse(ConfigKeys.isEnvironmentSpelling("authlib.oauth.clients.demo.client.id", ENV::get));
    }
}
