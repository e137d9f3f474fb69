package dev.authlib.oauth1;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Qualifies the {@link OAuth1Client} of one configured provider, as {@code @Named} does, but typed:
 * {@code @Inject @OAuth1ClientName("twitter") OAuth1Client twitter;}.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface OAuth1ClientName {

    /** @return the client's configured name */
    String value();

    /** The annotation as a value, for programmatic look-up ({@code Instance.select(...)}). */
    final class Literal extends AnnotationLiteral<OAuth1ClientName> implements OAuth1ClientName {
        private static final long serialVersionUID = 1L;
        /** The client's configured name. */
        private final String value;

        private Literal(String value) {
            this.value = value;
        }

        /**
         * @param name the client's configured name
         * @return the qualifier
         */
        public static Literal of(String name) {
            return new Literal(name);
        }

        @Override
        public String value() {
            return value;
        }
    }
}
