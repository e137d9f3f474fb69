package dev.authlib.it.badapp;

import dev.authlib.oauth1.OAuth1Client;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A bean injecting a client whose configuration has a typo in its prefix ({@code authlib.oauth.client.other.*}):
 * only in the misconfigured deployments ({@code support/Misconfiguration}), never in the demo application (the
 * Quarkus tests' profile excludes this package from their application, which holds the test classes).
 */
@ApplicationScoped
public class Inventory {

    @Inject
    @Named("other")
    OAuth1Client other;

    public String client() {
        return other.name();
    }
}
