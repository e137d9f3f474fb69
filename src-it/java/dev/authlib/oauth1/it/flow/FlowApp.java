package dev.authlib.oauth1.it.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.authlib.oauth1.it.browser.Browser;
import dev.authlib.oauth1.it.provider.AuthlibProvider;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.handlers.PathHandler;
import io.undertow.servlet.Servlets;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.DeploymentManager;
import io.undertow.servlet.api.SessionPersistenceManager;
import io.undertow.servlet.api.ServletContainer;
import io.undertow.servlet.util.ImmediateInstanceFactory;
import java.lang.annotation.Annotation;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.jboss.resteasy.cdi.CdiInjectorFactory;
import org.jboss.resteasy.plugins.server.servlet.HttpServletDispatcher;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jboss.weld.environment.servlet.Listener;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The application under test, in process, once per test class: the Authlib provider on a free loopback port, a real
 * SmallRye Config holding {@link FlowConfig}, a Weld container that discovers the library's bean archive (its
 * extension comes from {@code META-INF/services}) plus the test's beans, and an Undertow servlet container on
 * {@code 127.0.0.1} serving RESTEasy under {@value #CONTEXT} with Weld's servlet listener, so that
 * {@code @SessionScoped} lives in a real {@code HttpSession} (cookie {@code JSESSIONID}).
 *
 * <p>Register it with {@code @RegisterExtension static final FlowApp app = new FlowApp();}, or
 * {@code new FlowApp(provider -> Map.of(...))} for properties that depend on the provider's address. {@link #node}
 * makes a further application node that uses another node's provider (its configuration given whole).
 */
public final class FlowApp implements BeforeAllCallback, AfterAllCallback {
    static final String CONTEXT = "/app";

    private AuthlibProvider provider;
    private SmallRyeConfig config;
    private WeldContainer weld;
    private DeploymentManager deployment;
    private PathHandler paths;
    private Undertow server;
    private URI base;
    private Map<String, String> properties;
    private final Map<String, String> extraProperties;
    private final Class<?>[] extraBeans;
    private final Function<AuthlibProvider, Map<String, String>> providerProperties;
    private final Map<String, String> nodeProperties;
    private SessionPersistenceManager sessionPersistence;

    /** The application with {@link FlowConfig}'s configuration. */
    public FlowApp() {
        this(Map.of());
    }

    /** The application with {@link FlowConfig}'s configuration plus (or overridden by) these properties. */
    public FlowApp(Map<String, String> extraProperties) {
        this(extraProperties, new Class<?>[0]);
    }

    /**
     * The application with {@link FlowConfig}'s configuration plus these properties, and the test's own beans (an
     * observer, say) next to {@link ShopResource} and {@link LoginEvents}.
     */
    public FlowApp(Map<String, String> extraProperties, Class<?>... extraBeans) {
        this.extraProperties = Map.copyOf(extraProperties);
        this.extraBeans = extraBeans.clone();
        this.providerProperties = provider -> Map.of();
        this.nodeProperties = null;
    }

    /**
     * The application with {@link FlowConfig}'s configuration plus (or overridden by) the properties computed from
     * the running provider (such as endpoints behind a relay), and the test's own beans.
     */
    FlowApp(Function<AuthlibProvider, Map<String, String>> providerProperties, Class<?>... extraBeans) {
        this.extraProperties = Map.of();
        this.extraBeans = extraBeans.clone();
        this.providerProperties = providerProperties;
        this.nodeProperties = null;
    }

    private FlowApp(Map<String, String> nodeProperties, boolean node) {
        this.extraProperties = Map.of();
        this.extraBeans = new Class<?>[0];
        this.providerProperties = null;
        this.nodeProperties = Map.copyOf(nodeProperties);
    }

    /** Another node of the application: starts no provider, runs with exactly this configuration. */
    static FlowApp node(Map<String, String> properties) {
        return new FlowApp(properties, true);
    }

    /**
     * Keeps sessions across {@link #restartDeployment()}: Undertow hands their attributes to this manager when the
     * deployment stops and takes them back when it starts. Call before the application starts.
     */
    FlowApp persistSessionsWith(SessionPersistenceManager manager) {
        this.sessionPersistence = manager;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        try {
            start();
        } catch (Exception | Error e) {
            stop();
            throw e;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    private void start() throws Exception {
        ClassLoader loader = FlowApp.class.getClassLoader();
        if (nodeProperties != null) {
            properties = nodeProperties;
        } else {
            provider = AuthlibProvider.start(FlowConfig.providerClients());
            properties = withExtras(FlowConfig.properties(provider));
            properties.putAll(providerProperties.apply(provider));
        }
        config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "flow-test", 500))
                .addDefaultInterceptors()
                .build();
        ConfigProviderResolver.instance().registerConfig(config, loader);

        weld = new Weld("flow-" + System.nanoTime())
                .addBeanClasses(ShopResource.class, LoginEvents.class)
                .addBeanClasses(extraBeans)
                .initialize();

        DeploymentInfo info = Servlets.deployment()
                .setClassLoader(loader)
                .setContextPath(CONTEXT)
                .setDeploymentName("flow.war")
                .addListener(Servlets.listener(Listener.class,
                        new ImmediateInstanceFactory<>(Listener.using(weld.getBeanManager()))))
                .addServlet(Servlets.servlet("jaxrs", HttpServletDispatcher.class)
                        .addInitParam("jakarta.ws.rs.Application", FlowApplication.class.getName())
                        .addInitParam("resteasy.injector.factory", CdiInjectorFactory.class.getName())
                        .addMapping("/*")
                        .setLoadOnStartup(1));
        if (sessionPersistence != null) {
            info.setSessionPersistenceManager(sessionPersistence);
        }
        ServletContainer container = ServletContainer.Factory.newInstance();
        deployment = container.addDeployment(info);
        deployment.deploy();
        paths = Handlers.path().addPrefixPath(CONTEXT, deployment.start());
        server = Undertow.builder()
                .addHttpListener(0, "127.0.0.1")
                .setHandler(paths)
                .build();
        server.start();
        InetSocketAddress address = (InetSocketAddress) server.getListenerInfo().get(0).getAddress();
        base = URI.create("http://127.0.0.1:" + address.getPort() + CONTEXT + "/");
    }

    private void stop() {
        List<Runnable> steps = new ArrayList<>();
        steps.add(() -> {
            if (server != null) {
                server.stop();
            }
        });
        steps.add(() -> {
            if (deployment != null) {
                try {
                    deployment.stop();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                deployment.undeploy();
            }
        });
        steps.add(() -> {
            if (weld != null && weld.isRunning()) {
                weld.shutdown();
            }
        });
        steps.add(() -> {
            if (config != null) {
                ConfigProviderResolver.instance().releaseConfig(config);
            }
        });
        steps.add(() -> {
            if (provider != null) {
                provider.close();
            }
        });
        RuntimeException failure = null;
        for (Runnable step : steps) {
            try {
                step.run();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        server = null;
        deployment = null;
        weld = null;
        config = null;
        provider = null;
        paths = null;
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Stops and starts the servlet deployment on the same port, as a redeploy or a restart of the servlet container
     * does: sessions survive only through the {@link #persistSessionsWith session persistence manager}.
     */
    void restartDeployment() throws Exception {
        deployment.stop();
        paths.addPrefixPath(CONTEXT, deployment.start());
    }

    /** The configuration this application runs with. */
    Map<String, String> properties() {
        return Map.copyOf(properties);
    }

    /** An absolute URI of the application: {@code http://127.0.0.1:<port>/app/<path>}. */
    public URI uri(String path) {
        return base.resolve(path);
    }

    /** The origin of the application, for paths outside it: {@code http://127.0.0.1:<port>}. */
    public URI origin(String absolutePath) {
        return base.resolve(absolutePath);
    }

    public AuthlibProvider provider() {
        return provider;
    }

    public <T> T bean(Class<T> type, Annotation... qualifiers) {
        return weld.select(type, qualifiers).get();
    }

    LoginEvents events() {
        return bean(LoginEvents.class);
    }

    /** How many logins are pending in this browser's session, as the application's store sees it. */
    String pending(Browser browser) {
        HttpResponse<String> r = browser.get(uri("shop/pending"));
        assertEquals(200, r.statusCode(), r::body);
        return r.body();
    }

    /** How many temporary-credential requests the provider has answered so far. */
    long temporaryCredentialRequests() {
        return provider.log().lines().filter(l -> l.contains(" /oauth/request_token -> ")).count();
    }

    /** How many token requests the provider has answered so far (each one spends a temporary credential). */
    long accessTokenRequests() {
        return provider.log().lines().filter(l -> l.contains(" /oauth/access_token -> ")).count();
    }

    private Map<String, String> withExtras(Map<String, String> properties) {
        Map<String, String> all = new java.util.HashMap<>(properties);
        all.putAll(extraProperties);
        return all;
    }
}
