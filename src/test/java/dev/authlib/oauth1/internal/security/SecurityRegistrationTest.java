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
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The portable extension adds the mechanism and its helpers as beans when, and only when,
 * {@code authlib.oauth.security.client} is set (Jakarta Security being on the class path here).
 */
class SecurityRegistrationTest {

    static Set<Class<?>> classes(BeanManager beans, Class<?> type) {
        Set<Class<?>> found = new HashSet<>();
        beans.getBeans(type, Any.Literal.INSTANCE).forEach(b -> found.add(b.getBeanClass()));
        return found;
    }

    @Nested
    @EnableWeld
    class SwitchedOn {
        final TestConfig config = TestConfig.with(switchedOn());

        @WeldSetup
        WeldInitiator weld = WeldInitiator.of(TestDeployments.weld());

        @Inject
        BeanManager beans;

        static Map<String, String> switchedOn() {
            Map<String, String> p = new HashMap<>(TestConfig.client("demo", "https://provider.example"));
            p.put("authlib.oauth.security.client", "demo");
            return p;
        }

        @AfterEach
        void releaseConfig() {
            config.close();
        }

        @Test
        void theMechanismIdentityStoreAndCallerTokenResolver_areApplicationScopedBeans() {
            Bean<?> mechanism = beans.resolve(beans.getBeans(HttpAuthenticationMechanism.class));
            assertEquals(OAuth1AuthenticationMechanism.class, mechanism.getBeanClass());
            assertEquals(ApplicationScoped.class, mechanism.getScope());
            assertEquals(Set.of(OAuth1IdentityStore.class), classes(beans, IdentityStore.class));
            assertTrue(weld.select(OAuth1TokenResolver.class, CallerTokens.Literal.INSTANCE).isResolvable());
            assertFalse(weld.select(OAuth1TokenResolver.class).isResolvable(),
                    "no @Default resolver: an application's own stays unambiguous");
        }
    }

    @Nested
    @EnableWeld
    class SwitchedOff {
        final TestConfig config = TestConfig.with(TestConfig.client("demo", "https://provider.example"));

        @WeldSetup
        WeldInitiator weld = WeldInitiator.of(TestDeployments.weld());

        @Inject
        BeanManager beans;

        @AfterEach
        void releaseConfig() {
            config.close();
        }

        @Test
        void nothingOfJakartaSecurityIsABean() {
            assertTrue(classes(beans, HttpAuthenticationMechanism.class).isEmpty());
            assertTrue(classes(beans, IdentityStore.class).isEmpty());
            assertFalse(weld.select(OAuth1TokenResolver.class, Any.Literal.INSTANCE).isResolvable());
        }
    }
}
