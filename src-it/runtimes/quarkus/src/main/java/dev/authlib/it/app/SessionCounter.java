package dev.authlib.it.app;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/** Session-scoped, Serializable (passivation-capable) bean counting calls in one HTTP session. */
@SessionScoped
public class SessionCounter implements Serializable {

    private static final long serialVersionUID = 1L;

    private int count;

    public synchronized int increment() {
        return ++count;
    }
}
