package dev.authlib.it.support;

import java.util.IdentityHashMap;
import java.util.Map;

/** Helpers for asserting on deployment failures. */
public final class Failures {

    private Failures() {
    }

    /** Class names and messages of {@code t}, its causes and suppressed exceptions, one per line. */
    public static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder();
        describe(t, sb, new IdentityHashMap<>());
        return sb.toString();
    }

    private static void describe(Throwable t, StringBuilder sb, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, Boolean.TRUE) != null) {
            return;
        }
        sb.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
        for (Throwable s : t.getSuppressed()) {
            describe(s, sb, seen);
        }
        describe(t.getCause(), sb, seen);
    }
}
