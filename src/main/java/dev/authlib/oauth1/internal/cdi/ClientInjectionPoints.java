package dev.authlib.oauth1.internal.cdi;

import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.OAuth1ClientName;
import dev.authlib.oauth1.internal.client.ManagedOAuth1Client;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.inject.Named;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.util.Optional;

/** Reads the client name an injection point of the portable extension asks for. */
final class ClientInjectionPoints {
    private ClientInjectionPoints() {}

    /** @return the name of {@code @Named("x") OAuth1Client} or {@code @OAuth1ClientName("x") OAuth1Client} */
    static Optional<String> requestedName(InjectionPoint ip) {
        if (ip.getType() != OAuth1Client.class && ip.getType() != ManagedOAuth1Client.class) {
            return Optional.empty(); // Instance<OAuth1Client> and other types are looked up at run time
        }
        for (Annotation q : ip.getQualifiers()) {
            if (q instanceof OAuth1ClientName) {
                return Optional.of(((OAuth1ClientName) q).value());
            }
            if (q instanceof Named) {
                String value = ((Named) q).value();
                if (value.isEmpty() && ip.getMember() instanceof Field) {
                    value = ip.getMember().getName(); // @Named on a field defaults to the field's name
                }
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** {@code field dev.example.Shop.twitter}: where the user looks. */
    static String describe(InjectionPoint ip) {
        Member m = ip.getMember();
        if (m == null) {
            return "an injection point";
        }
        String kind = m instanceof Field ? "field" : "a parameter of";
        return kind + " " + m.getDeclaringClass().getName() + "." + m.getName();
    }
}
