package dev.authlib.oauth1.internal.caller;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Qualifies the library's own {@link dev.authlib.oauth1.OAuth1TokenResolver}, which finds the signed-in caller's
 * token (in the HTTP session on Payara and Liberty, in the {@code SecurityIdentity} on Quarkus). Qualified so that an
 * application's own resolver ({@code @Default}) is never ambiguous with it, and wins.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface CallerTokens {

    /** The annotation as a value, for bean registration. */
    final class Literal extends AnnotationLiteral<CallerTokens> implements CallerTokens {
        private static final long serialVersionUID = 1L;
        public static final Literal INSTANCE = new Literal();
    }
}
