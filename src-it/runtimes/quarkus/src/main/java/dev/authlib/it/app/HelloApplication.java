package dev.authlib.it.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Resources at the context root: {@code <context>/hello}. */
@ApplicationPath("/")
public class HelloApplication extends Application {
}
