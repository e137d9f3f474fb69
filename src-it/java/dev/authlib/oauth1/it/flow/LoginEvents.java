package dev.authlib.oauth1.it.flow;

import dev.authlib.oauth1.OAuth1LoginEvent;
import dev.authlib.oauth1.OAuth1LoginFailedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The application's observer of the built-in callback's events: records what was fired. */
@ApplicationScoped
public class LoginEvents {
    private final List<OAuth1LoginEvent> logins = new CopyOnWriteArrayList<>();
    private final List<OAuth1LoginFailedEvent> failures = new CopyOnWriteArrayList<>();

    void onLogin(@Observes OAuth1LoginEvent login) {
        logins.add(login);
    }

    void onFailure(@Observes OAuth1LoginFailedEvent failure) {
        failures.add(failure);
    }

    public List<OAuth1LoginEvent> logins() {
        return List.copyOf(logins);
    }

    public List<OAuth1LoginFailedEvent> failures() {
        return List.copyOf(failures);
    }

    public void clear() {
        logins.clear();
        failures.clear();
    }
}
