package dev.authlib.oauth1.internal.security;

import dev.authlib.oauth1.OAuth1LoginEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The login events, as an application observer sees them. */
@Singleton // no client proxy: the test reads the field itself
public class LoginEvents {
    final List<OAuth1LoginEvent> logins = new CopyOnWriteArrayList<>();

    void onLogin(@Observes OAuth1LoginEvent login) {
        logins.add(login);
    }
}
