package dev.authlib.demo.app;

import dev.authlib.oauth1.TokenCredentials;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/** The signed-in user of this HTTP session: the token credentials the login produced, or none. */
@SessionScoped
public class UserSession implements Serializable {
    private static final long serialVersionUID = 1L;

    private TokenCredentials token;

    void signIn(TokenCredentials credentials) {
        this.token = credentials;
    }

    void signOut() {
        this.token = null;
    }

    TokenCredentials token() {
        return token;
    }
}
