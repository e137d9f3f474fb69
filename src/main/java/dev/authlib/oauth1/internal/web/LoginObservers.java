package dev.authlib.oauth1.internal.web;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.ObserverMethod;

/**
 * Names the application's observer that threw while the built-in callback fired its event: the first frame of the
 * exception (or its causes) inside a class that declares an observer of that event.
 */
final class LoginObservers {
    private LoginObservers() {}

    /** @return {@code com.example.Accounts.onLogin}, or a description when no frame matches */
    static String failing(BeanManager beans, Object event, Throwable failure) {
        var observers = beans.resolveObserverMethods(event);
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                for (ObserverMethod<?> observer : observers) {
                    String declaring = observer.getBeanClass().getName();
                    if (!declaring.startsWith("dev.authlib.oauth1.internal.") && (frame.getClassName().equals(declaring)
                            || frame.getClassName().startsWith(declaring + "$"))) {
                        return declaring + "." + frame.getMethodName();
                    }
                }
            }
        }
        return "an observer of " + event.getClass().getSimpleName();
    }
}
