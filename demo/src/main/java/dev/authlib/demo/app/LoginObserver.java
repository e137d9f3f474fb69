package dev.authlib.demo.app;

import dev.authlib.oauth1.OAuth1LoginEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Signs the user in when the library's built-in callback completes a login with the {@code demo} client. */
@ApplicationScoped
public class LoginObserver {
    private static final System.Logger LOG = System.getLogger(LoginObserver.class.getName());

    @Inject
    UserSession session;

    void onLogin(@Observes OAuth1LoginEvent login) {
        if (AppResource.CLIENT.equals(login.clientName())) {
            session.signIn(login.credentials());
            LOG.log(System.Logger.Level.INFO, "signed in with ''{0}''", login.clientName());
        }
    }
}
