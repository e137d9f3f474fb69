package dev.authlib.oauth1.it.flow;

import dev.authlib.oauth1.OAuth1LoginEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An application observer written as the old README's quick start did: it insists on a field the provider may not
 * send ({@code parameter("nickname").orElseThrow()}), when armed; or, as an application that admits only some
 * accounts, it refuses a login on purpose with a {@link ForbiddenException}; otherwise it does nothing.
 */
@ApplicationScoped
public class FailingObserver {
    /** The page of a refused login. */
    public static final String NOT_ON_THE_LIST = "This application is open to members only.";

    private final AtomicBoolean armed = new AtomicBoolean();
    private final AtomicBoolean refusing = new AtomicBoolean();

    /** The next login event makes this observer throw, as with a provider that lacks the field. */
    public void failNextLogin() {
        armed.set(true);
    }

    /** The next login event is refused: 403 with {@link #NOT_ON_THE_LIST}. */
    public void refuseNextLogin() {
        refusing.set(true);
    }

    void onLogin(@Observes OAuth1LoginEvent login) {
        if (refusing.getAndSet(false)) {
            throw new ForbiddenException(Response.status(Response.Status.FORBIDDEN).entity(NOT_ON_THE_LIST)
                    .type("text/plain").build());
        }
        if (armed.getAndSet(false)) {
            login.credentials().parameter("nickname").orElseThrow(); // NoSuchElementException: no such field
        }
    }
}
