package dev.authlib.oauth1.it.flow;

import dev.authlib.oauth1.OAuth1LoginEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An application observer written as the old README's quick start did: it insists on a field the provider may not
 * send ({@code parameter("nickname").orElseThrow()}), when armed; otherwise it does nothing.
 */
@ApplicationScoped
public class FailingObserver {
    private final AtomicBoolean armed = new AtomicBoolean();

    /** The next login event makes this observer throw, as with a provider that lacks the field. */
    public void failNextLogin() {
        armed.set(true);
    }

    void onLogin(@Observes OAuth1LoginEvent login) {
        if (armed.getAndSet(false)) {
            login.credentials().parameter("nickname").orElseThrow(); // NoSuchElementException: no such field
        }
    }
}
