package dev.authlib.it.secured;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The secured application's JAX-RS root, {@code api}. Payara maps groups to roles of the same name only for roles
 * the application declares: {@code @DeclareRoles} here does it without any XML.
 */
@ApplicationPath("api")
@DeclareRoles({"user", "admin", "signed-in-with-demo"})
public class SecuredApplication extends Application {
}
