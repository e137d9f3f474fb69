package dev.authlib.oauth1.internal.client;

import dev.authlib.oauth1.OAuth1Exception;
import dev.authlib.oauth1.OAuth1TokenResolver;
import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.internal.Messages;
import dev.authlib.oauth1.internal.client.SigningFilter.RequestCredentials;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which credentials sign an API call made without a token of its own: the client's static token if it has one; else
 * the current user's, from the application's {@link OAuth1TokenResolver}; else, for a client that cannot log users
 * in, the client credentials alone (with an empty token where configured). A login client without a token fails.
 *
 * <p>The resolver may depend on the calling thread (a request-scoped bean): an asynchronous call resolves on the
 * calling thread with {@link #resolve()} and hands the result to the sending thread with {@link #use(Resolved)}.
 */
public final class ApiCallCredentials {
    /**
     * A resolution carried to the thread that sends: its credentials, or why there are none (thrown there, so that a
     * call with a token of its own, which never needs this, costs no exception).
     */
    public static final class Resolved {
        final ApiCallCredentials owner;
        final TokenCredentials token;
        final RequestCredentials credentials;
        final String problem;
        final RuntimeException failure;

        private Resolved(ApiCallCredentials owner, TokenCredentials token, String problem, RuntimeException failure) {
            this.owner = owner;
            this.token = token;
            this.credentials = RequestCredentials.of(token);
            this.problem = problem;
            this.failure = failure;
        }
    }

    private static final ThreadLocal<Resolved> CARRIED = new ThreadLocal<>();

    private final ClientConfig config;
    private final Supplier<OAuth1TokenResolver> tokens;
    /** The client's default credentials (static token, empty token or none), resolved once. */
    private final Resolved defaults = new Resolved(this, null, null, null);

    ApiCallCredentials(ClientConfig config, Supplier<OAuth1TokenResolver> tokens) {
        this.config = config;
        this.tokens = tokens;
    }

    /** @return whether {@link #current()} may ask the application's resolver (no static token) */
    public boolean usesResolver() {
        return config.kind() != ClientConfig.Kind.STATIC_TOKEN;
    }

    /**
     * @return the user's token credentials, or {@code null} for the client's default ones (static token, empty
     *     token or none)
     * @throws OAuth1Exception for a login client without a resolver, or whose resolver has no token
     */
    TokenCredentials current() {
        Resolved r = resolve();
        check(r);
        return r.token;
    }

    /** The credentials of a call without its own, as the filter needs them: carried from another thread, or now. */
    RequestCredentials forCall() {
        Resolved carried = CARRIED.get();
        Resolved r = carried != null && carried.owner == this ? carried : resolve();
        check(r);
        return r.credentials;
    }

    private void check(Resolved r) {
        if (r.failure != null) {
            throw r.failure;
        }
        if (r.problem != null) {
            throw new OAuth1Exception(config.name(), r.problem, null);
        }
    }

    /** Asks the resolver where needed, never throwing: what fails is thrown where the call is signed. */
    public Resolved resolve() {
        if (config.kind() == ClientConfig.Kind.STATIC_TOKEN) {
            return defaults; // the filter's default signer has the configured token
        }
        OAuth1TokenResolver resolver = tokens.get();
        Optional<TokenCredentials> token;
        try {
            token = resolver == null ? Optional.empty() : resolver.currentToken(config.name());
        } catch (RuntimeException e) {
            return new Resolved(this, null, null, e);
        }
        if (token.isPresent()) {
            return new Resolved(this, token.get(), null, null);
        }
        if (config.kind() == ClientConfig.Kind.TOKENLESS) {
            return defaults;
        }
        return new Resolved(this, null, resolver == null ? Messages.noTokenNoResolver() : Messages.resolverHasNoToken(),
                null);
    }

    /** Makes a resolution from the calling thread this thread's, until {@link #clear()}. */
    public static void use(Resolved resolved) {
        CARRIED.set(resolved);
    }

    /** Forgets what {@link #use(Resolved)} set on this thread. */
    public static void clear() {
        CARRIED.remove();
    }
}
