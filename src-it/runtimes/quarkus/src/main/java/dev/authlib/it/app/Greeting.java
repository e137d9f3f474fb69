package dev.authlib.it.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Application-scoped bean reading MicroProfile Config values. */
@ApplicationScoped
public class Greeting {

    /** From the application's META-INF/microprofile-config.properties. */
    @Inject
    @ConfigProperty(name = "it.greeting")
    String greeting;

    /** From the runtime's configuration in server-config/ (absent: "-"). */
    @Inject
    @ConfigProperty(name = "it.server.greeting", defaultValue = "-")
    String serverGreeting;

    public String greeting() {
        return greeting;
    }

    public String serverGreeting() {
        return serverGreeting;
    }
}
