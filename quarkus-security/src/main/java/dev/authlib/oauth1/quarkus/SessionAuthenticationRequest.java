package dev.authlib.oauth1.quarkus;

import dev.authlib.oauth1.internal.caller.Caller;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A request carrying a caller this server signed in: their session cookie opened, authentic and live. */
final class SessionAuthenticationRequest extends BaseAuthenticationRequest {
    private final Caller caller;

    SessionAuthenticationRequest(Caller caller) {
        this.caller = caller;
    }

    Caller caller() {
        return caller;
    }
}
