package dev.authlib.oauth1.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.OAuth1TokenResolver;
import dev.authlib.oauth1.internal.caller.CallerTokens;
import dev.authlib.oauth1.internal.cdi.TestDeployments;
import dev.authlib.oauth1.internal.config.TestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * The portable extension adds the mechanism and its helpers as beans when, and only when,
 * {@code authlib.oauth.security.client} is set (Jakarta Security being on the class path here).
 */
class SecurityRegistrationTest {

    @Test
    @SuppressWarnings("try") // the config must stay registered while the container runs
    void switchedOn_theMechanismIdentityStoreAndCallerTokenResolverAreApplicationScopedBeans() {
        Map<String, String> p = new HashMap<>(TestConfig.client("demo", "https://provider.example"));
        p.put("authlib.oauth.security.client", "demo");
        try (TestConfig c = TestConfig.with(p); WeldContainer container = TestDeployments.weld().initialize()) {
            Bean<?> mechanism = container.getBeanManager().resolve(container.getBeanManager()
                    .getBeans(HttpAuthenticationMechanism.class));
            assertEquals(OAuth1AuthenticationMechanism.class, mechanism.getBeanClass());
            assertEquals(ApplicationScoped.class, mechanism.getScope());
            assertEquals(Set.of(OAuth1IdentityStore.class), classes(container, IdentityStore.class));
            assertTrue(container.select(OAuth1TokenResolver.class, CallerTokens.Literal.INSTANCE).isResolvable());
            assertFalse(container.select(OAuth1TokenResolver.class).isResolvable(),
                    "no @Default resolver: an application's own stays unambiguous");
        }
    }

    @Test
    @SuppressWarnings("try")
    void switchedOff_nothingOfJakartaSecurityIsABean() {
        try (TestConfig c = TestConfig.with(TestConfig.client("demo", "https://provider.example"));
                WeldContainer container = TestDeployments.weld().initialize()) {
            assertTrue(classes(container, HttpAuthenticationMechanism.class).isEmpty());
            assertTrue(classes(container, IdentityStore.class).isEmpty());
            assertFalse(container.select(OAuth1TokenResolver.class, Any.Literal.INSTANCE).isResolvable());
        }
    }

    private static Set<Class<?>> classes(WeldContainer container, Class<?> type) {
        Set<Class<?>> found = new java.util.HashSet<>();
        container.getBeanManager().getBeans(type, Any.Literal.INSTANCE).forEach(b -> found.add(b.getBeanClass()));
        return found;
    }
}
