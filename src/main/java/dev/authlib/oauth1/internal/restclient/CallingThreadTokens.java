package dev.authlib.oauth1.internal.restclient;

import dev.authlib.oauth1.internal.client.ApiCallCredentials;
import org.eclipse.microprofile.rest.client.ext.AsyncInvocationInterceptor;
import org.eclipse.microprofile.rest.client.ext.AsyncInvocationInterceptorFactory;

/**
 * Asks the application's token resolver on the thread that makes an asynchronous call, and hands the answer to the
 * thread that sends it: a request-scoped resolver has no active context there (Payara, OpenLiberty and Quarkus
 * classic send a {@code CompletionStage} call from a pool). Quarkus REST signs on the calling thread and never calls
 * this; OpenLiberty's {@code mpRestClient-3.0} prepares synchronous calls too, where the filter asks again.
 */
final class CallingThreadTokens implements AsyncInvocationInterceptorFactory {
    private final ApiCallCredentials credentials;

    CallingThreadTokens(ApiCallCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public AsyncInvocationInterceptor newInterceptor() {
        return new AsyncInvocationInterceptor() {
            private ApiCallCredentials.Resolved resolved;

            @Override
            public void prepareContext() {
                resolved = credentials.resolve();
            }

            @Override
            public void applyContext() {
                ApiCallCredentials.use(resolved);
            }

            @Override
            public void removeContext() {
                ApiCallCredentials.clear();
            }
        };
    }
}
