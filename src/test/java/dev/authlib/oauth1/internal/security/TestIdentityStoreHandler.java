package dev.authlib.oauth1.internal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.IdentityStore.ValidationType;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The container's handler as Jakarta Security 3 §3.2 describes it (and Soteria implements it): validating stores in
 * priority order until one says VALID (an INVALID one is remembered), then the groups of that store if it provides
 * groups, plus those of every store that only provides groups.
 */
@ApplicationScoped
public class TestIdentityStoreHandler implements IdentityStoreHandler {
    @Inject
    @Any
    Instance<IdentityStore> stores;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        List<IdentityStore> all = stores.stream().sorted(Comparator.comparingInt(IdentityStore::priority)).toList();
        CredentialValidationResult result = CredentialValidationResult.NOT_VALIDATED_RESULT;
        IdentityStore validating = null;
        for (IdentityStore store : all) {
            if (!store.validationTypes().contains(ValidationType.VALIDATE)) {
                continue;
            }
            CredentialValidationResult r = store.validate(credential);
            if (r.getStatus() == CredentialValidationResult.Status.VALID) {
                result = r;
                validating = store;
                break;
            }
            if (r.getStatus() == CredentialValidationResult.Status.INVALID) {
                result = r;
            }
        }
        if (validating == null) {
            return result;
        }
        Set<String> groups = new HashSet<>();
        if (validating.validationTypes().contains(ValidationType.PROVIDE_GROUPS)) {
            groups.addAll(result.getCallerGroups());
        }
        for (IdentityStore store : all) {
            if (store.validationTypes().equals(Set.of(ValidationType.PROVIDE_GROUPS))) {
                groups.addAll(store.getCallerGroups(result));
            }
        }
        return new CredentialValidationResult(result.getCallerPrincipal(), groups);
    }
}
