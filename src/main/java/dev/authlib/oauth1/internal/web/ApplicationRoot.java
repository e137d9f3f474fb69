package dev.authlib.oauth1.internal.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The application's own root path, where a login ends by default: the JAX-RS base URI without the application's
 * {@code @ApplicationPath} (so the context path on Payara and Liberty), or {@code quarkus.http.root-path}.
 */
final class ApplicationRoot {
    private ApplicationRoot() {}

    /**
     * @param base the JAX-RS base URI of the request
     * @param application the JAX-RS application, or null
     * @return the root path, ending in {@code /}
     */
    static String of(URI base, Application application) {
        String path = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
        if (!path.endsWith("/")) {
            path = path + "/";
        }
        String applicationPath = applicationPath(application);
        if (applicationPath != null && !applicationPath.isEmpty()) {
            String suffix = "/" + applicationPath + "/";
            if (path.endsWith(suffix)) {
                return path.substring(0, path.length() - suffix.length() + 1);
            }
        }
        Config config = ConfigProvider.getConfig();
        String rootPath = config.getOptionalValue("quarkus.http.root-path", String.class).orElse(null);
        if (rootPath != null && !rootPath.isBlank()) {
            String r = rootPath.trim();
            r = r.startsWith("/") ? r : "/" + r;
            return r.endsWith("/") ? r : r + "/";
        }
        return path;
    }

    /** {@code api} for {@code @ApplicationPath("/api/*")}; null without the annotation. */
    private static String applicationPath(Application application) {
        if (application == null) {
            return null;
        }
        Application original = unwrapped(application);
        for (Class<?> c = original.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            ApplicationPath annotation = c.getAnnotation(ApplicationPath.class);
            if (annotation != null) {
                String p = annotation.value().trim();
                if (p.endsWith("/*")) {
                    p = p.substring(0, p.length() - 2);
                }
                while (p.startsWith("/")) {
                    p = p.substring(1);
                }
                while (p.endsWith("/")) {
                    p = p.substring(0, p.length() - 1);
                }
                return p;
            }
        }
        return null;
    }

    /**
     * The application's own object: Jersey (Payara) injects its {@code ResourceConfig} wrapper, whose
     * {@code getApplication()} answers the application's class.
     */
    private static Application unwrapped(Application application) {
        Application current = application;
        for (int depth = 0; depth < 3; depth++) {
            try {
                Object inner = current.getClass().getMethod("getApplication").invoke(current);
                if (!(inner instanceof Application) || inner == current) {
                    return current;
                }
                current = (Application) inner;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return current;
            }
        }
        return current;
    }
}
