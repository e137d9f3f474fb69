package dev.authlib.it.bad;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requires a config key that no source defines: MicroProfile Config must fail the deployment
 * (CDI DeploymentException) naming {@value #KEY}. Stand-in for the library's own validation of
 * {@code authlib.oauth.clients.<name>.*}.
 */
@ApplicationScoped
public class NeedsMissingKey {

    public static final String KEY = "it.required.missing-key";

    @Inject
    @ConfigProperty(name = KEY)
    String value;
}
