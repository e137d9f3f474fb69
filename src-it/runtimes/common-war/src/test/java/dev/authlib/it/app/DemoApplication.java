package dev.authlib.it.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The application's JAX-RS root, {@code <context>/api}. No {@code getClasses()}: every resource is found by
 * scanning, the library's built-in {@code api/oauth1/{client}/login} and {@code .../authorize} included.
 */
@ApplicationPath("api")
public class DemoApplication extends Application {
}
