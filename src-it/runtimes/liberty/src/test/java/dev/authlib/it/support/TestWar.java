package dev.authlib.it.support;

import dev.authlib.it.app.HelloResource;
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
 * Builds the WARs deployed by the tests: classes from the test class path, a
 * {@code META-INF/microprofile-config.properties}, and every jar in the directory named by the
 * system property {@code it.libs.dir} (the library jar, once it exists) in {@code WEB-INF/lib}.
 */
public final class TestWar {

    /** Class-path resource used as the default application configuration. */
    public static final String DEFAULT_CONFIG = "it-app/microprofile-config.properties";

    private TestWar() {
    }

    /** The hello application with the default config file. */
    public static WebArchive hello(String name) {
        return base(name)
                .addPackage(HelloResource.class.getPackage())
                .addAsResource(DEFAULT_CONFIG, "META-INF/microprofile-config.properties");
    }

    /** An empty WAR (plus library jars) to add classes and config to. */
    public static WebArchive base(String name) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war");
        String dir = System.getProperty("it.libs.dir");
        if (dir != null) {
            File[] jars = new File(dir).listFiles((d, n) -> n.endsWith(".jar"));
            if (jars != null) {
                Arrays.sort(jars);
                war.addAsLibraries(jars);
            }
        }
        return war;
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
