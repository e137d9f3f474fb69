package dev.authlib.it.secured;

import dev.authlib.oauth1.security.OAuth1CallerPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;

/**
 * The application's own groups for callers who signed in with the provider: {@code user} for everyone, with a
 * group naming the client (to show the principal the store receives is the library's). Nobody is {@code admin}.
 */
@ApplicationScoped
public class AppGroups implements IdentityStore {

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult result) {
        if (result.getCallerPrincipal() instanceof OAuth1CallerPrincipal caller) {
            return Set.of("user", "signed-in-with-" + caller.clientName());
        }
        return Set.of();
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.PROVIDE_GROUPS);
    }
}
