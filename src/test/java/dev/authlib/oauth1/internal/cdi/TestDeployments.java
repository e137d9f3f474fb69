package dev.authlib.oauth1.internal.cdi;

import static org.junit.jupiter.api.Assertions.fail;

import dev.authlib.oauth1.OAuth1ConfigurationException;
import dev.authlib.oauth1.internal.store.CookieJar;
import dev.authlib.oauth1.internal.store.EncryptedCookieStore;
import dev.authlib.oauth1.internal.store.JCacheTemporaryCredentialStore;
import dev.authlib.oauth1.internal.store.SessionTemporaryCredentialStore;
import dev.authlib.oauth1.internal.store.StoreSelection;
import dev.authlib.oauth1.internal.store.StoreSettings;
import java.util.ArrayList;
import java.util.List;
import org.jboss.weld.environment.se.Weld;

/** The library's beans and portable extension in a Weld SE container, as a CDI Full runtime deploys them. */
public final class TestDeployments {
    private TestDeployments() {}

    /**
     * The problems of a failed deployment as the container reports them: Weld lists definition errors in its
     * message, and ours carries one line per problem.
     */
    public static List<String> reportedProblems(Throwable e) {
        String text = e.getMessage() == null ? "" : e.getMessage();
        if (!text.contains(OAuth1ConfigurationException.class.getName())) {
            fail("the deployment failed, but not with an OAuth1ConfigurationException: " + e);
        }
        List<String> problems = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("  - ")) {
                problems.add(line.substring(4));
            }
        }
        return problems;
    }

    public static Weld weld() {
        return new Weld().disableDiscovery().addExtension(new OAuth1Extension())
                .addBeanClasses(ClientWiring.class, DefaultOAuth1Clients.class, StoreSelection.class,
                        StoreSettings.class, SessionTemporaryCredentialStore.class, EncryptedCookieStore.class,
                        JCacheTemporaryCredentialStore.class, CookieJar.class);
    }
}
