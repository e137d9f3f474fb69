package dev.authlib.oauth1.internal.cdi;

import dev.authlib.oauth1.internal.Messages;
import dev.authlib.oauth1.internal.config.ConfigKeys;
import dev.authlib.oauth1.internal.config.ConfigScan;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * Whether "Log in with X" is switched on ({@code authlib.oauth.security.client}), and whether the runtime has what it
 * needs: Jakarta Security on CDI Full servers (Payara, OpenLiberty with {@code appSecurity-5.0}), the library's
 * Quarkus module on Quarkus. Looks for classes by name only, so that the library loads none of them where they are
 * missing; a switch that cannot work fails the deployment, rather than leaving an application without its login.
 */
final class SecuritySwitch {
    static final String JAKARTA_MECHANISM =
            "jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism";
    static final String SERVLET_REQUEST = "jakarta.servlet.http.HttpServletRequest";
    /** A class of {@code dev.authlib:authlib-jakarta-quarkus}. */
    static final String QUARKUS_MODULE = "dev.authlib.oauth1.quarkus.OAuth1Identity";

    private SecuritySwitch() {}

    /** @return whether the configuration asks for the mechanism (a value is validated with the rest) */
    static boolean requested(Config config) {
        return config.getOptionalValue(ConfigKeys.SECURITY_CLIENT, String.class).filter(v -> !v.isBlank())
                .isPresent();
    }

    /** @return whether the application sees Jakarta Security 3 and the Servlet API */
    static boolean jakartaSecurityPresent() {
        ClassLoader loader = SecuritySwitch.class.getClassLoader();
        return present(JAKARTA_MECHANISM, loader) && present(SERVLET_REQUEST, loader);
    }

    /** The problems of a Quarkus build whose configuration asks for the mechanism. */
    static List<String> quarkusProblems(ConfigScan scan) {
        List<String> problems = new ArrayList<>();
        if (!scan.security().enabled()) {
            return problems;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (!present(QUARKUS_MODULE, loader != null ? loader : SecuritySwitch.class.getClassLoader())) {
            problems.add(Messages.quarkusModuleMissing(ConfigKeys.SECURITY_CLIENT));
        }
        if (!scan.web().enabled()) {
            problems.add(Messages.webRoutesOffForQuarkusLogin(ConfigKeys.SECURITY_CLIENT, ConfigKeys.WEB_ENABLED));
        }
        return problems;
    }

    static boolean present(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
