package dev.authlib.oauth1.internal.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.OAuth1TokenResolver;
import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.internal.config.TestConfig;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The application's resolver is looked up once, not at every call without a token (which cost about 200 ns of a
 * signature's 1-2 µs, and made a {@code @Dependent} resolver per call, kept until the application stopped).
 */
@EnableWeld
class TokenResolverLookupTest {
    static final AtomicInteger MADE = new AtomicInteger();

    /** A stateless resolver of the default scope. */
    @Dependent
    public static class CountedResolver implements OAuth1TokenResolver {
        public CountedResolver() {
            MADE.incrementAndGet();
        }

        @Override
        public Optional<TokenCredentials> currentToken(String clientName) {
            return Optional.of(TokenCredentials.of("t-" + clientName, "s"));
        }
    }

    final TestConfig config = TestConfig.with(TestConfig.client("twitter", "https://api.twitter.example"));

    @WeldSetup
    WeldInitiator weld = WeldInitiator.of(TestDeployments.weld().addBeanClasses(CountedResolver.class));

    @Inject
    @Named("twitter")
    OAuth1Client twitter;

    @AfterEach
    void releaseConfig() {
        config.close();
    }

    @Test
    void callsWithoutAToken_askOneResolverInstance() {
        MADE.set(0);
        for (int i = 0; i < 5; i++) {
            twitter.target("statuses/home_timeline.json");
        }
        assertEquals(1, MADE.get(), "one @Dependent resolver for every call");
    }
}
