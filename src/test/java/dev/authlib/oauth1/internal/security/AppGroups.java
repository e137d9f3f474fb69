package dev.authlib.oauth1.internal.security;

import dev.authlib.oauth1.security.OAuth1CallerPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;

/** The application's groups: {@code user} for everyone who signed in with the provider, as an application has it. */
@ApplicationScoped
public class AppGroups implements IdentityStore {
    @Override
    public Set<String> getCallerGroups(CredentialValidationResult result) {
        return result.getCallerPrincipal() instanceof OAuth1CallerPrincipal ? Set.of("user") : Set.of();
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.PROVIDE_GROUPS);
    }
}
