package dev.authlib.it.support;

import dev.authlib.it.app.DemoApplication;
import dev.authlib.it.app.typed.TypedCallsResource;
import dev.authlib.it.badapp.Inventory;
import dev.authlib.it.secured.SecuredApplication;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds the WARs deployed by the tests: the classes of {@code dev.authlib.it.app}, a
 * {@code META-INF/microprofile-config.properties}, and every jar in the directory named by the system property
 * {@code it.libs.dir} (the library jar) in {@code WEB-INF/lib}. No {@code beans.xml}, no {@code web.xml} (except for a distributable one).
 */
public final class TestWar {

    private TestWar() {
    }

    /** The demo application and its typed REST clients ({@code dev.authlib.it.app.typed}), with this configuration. */
    public static WebArchive demo(String name, Map<String, String> config) {
        return withConfig(base(name).addPackage(DemoApplication.class.getPackage())
                .addPackage(TypedCallsResource.class.getPackage()), config);
    }

    /**
     * The misconfigured demo application: {@link DemoProvider#misconfiguration()}, and a resource injecting a client
     * that is not configured ({@code dev.authlib.it.badapp}).
     */
    public static WebArchive misconfigured(String name) {
        return demo(name, DemoProvider.misconfiguration()).addPackage(Inventory.class.getPackage());
    }

    /**
     * The secured application ({@code dev.authlib.it.secured}): resources protected with {@code @RolesAllowed},
     * signed in through the library's Jakarta Security mechanism, groups from its own identity store.
     */
    public static WebArchive secured(String name, Map<String, String> config) {
        return withConfig(base(name).addPackage(SecuredApplication.class.getPackage()), config);
    }

    /**
     * The demo application marked {@code <distributable/>} in {@code WEB-INF/web.xml}: a clustered Payara
     * replicates its sessions (with them the pending logins and the signed-in user).
     */
    public static WebArchive distributableDemo(String name, Map<String, String> config) {
        return demo(name, config).setWebXML(new StringAsset("""
                <?xml version="1.0" encoding="UTF-8"?>
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                  <distributable/>
                </web-app>
                """));
    }

    /** An empty WAR (plus library jars) to add classes and config to. */
    public static WebArchive base(String name) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war");
        String dir = System.getProperty("it.libs.dir");
        File[] jars = dir == null ? null : new File(dir).listFiles((d, n) -> n.endsWith(".jar"));
        if (jars == null || jars.length == 0) {
            throw new IllegalStateException("no library jar in it.libs.dir=" + dir + " (run through mvn verify)");
        }
        Arrays.sort(jars);
        return war.addAsLibraries(jars);
    }

    /** Adds {@code META-INF/microprofile-config.properties} with the given entries. */
    public static WebArchive withConfig(WebArchive war, Map<String, String> config) {
        Properties p = new Properties();
        p.putAll(config);
        StringWriter w = new StringWriter();
        try {
            p.store(w, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return war.addAsResource(new StringAsset(w.toString()), "META-INF/microprofile-config.properties");
    }
}
