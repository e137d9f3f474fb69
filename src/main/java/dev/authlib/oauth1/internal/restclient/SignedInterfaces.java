package dev.authlib.oauth1.internal.restclient;

import dev.authlib.oauth1.OAuth1Signed;

/** Finds {@link OAuth1Signed} on a REST client interface or, breadth first, on the interfaces it extends. */
final class SignedInterfaces {
    private SignedInterfaces() {}

    static OAuth1Signed annotation(Class<?> type) {
        OAuth1Signed own = type.getAnnotation(OAuth1Signed.class);
        if (own != null) {
            return own;
        }
        for (Class<?> parent : type.getInterfaces()) {
            OAuth1Signed inherited = annotation(parent);
            if (inherited != null) {
                return inherited;
            }
        }
        return null;
    }
}
