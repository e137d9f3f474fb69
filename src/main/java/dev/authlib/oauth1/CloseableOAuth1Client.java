package dev.authlib.oauth1;

/**
 * An {@link OAuth1Client} built in code ({@link OAuth1ClientBuilder}), which the caller owns: close it to release its
 * JAX-RS client and connections. Clients injected by CDI are closed by the container.
 */
public interface CloseableOAuth1Client extends OAuth1Client, AutoCloseable {

    /** Releases the JAX-RS client and its connections; the client cannot be used afterwards. */
    @Override
    void close();
}
