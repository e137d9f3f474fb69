package dev.authlib.oauth1.internal.security;

import dev.authlib.oauth1.internal.caller.CallerFields;
import dev.authlib.oauth1.internal.config.ConfigScan;
import dev.authlib.oauth1.internal.config.SecurityConfig;
import dev.authlib.oauth1.security.OAuth1CallerPrincipal;
import dev.authlib.oauth1.security.OAuth1Credential;
import jakarta.annotation.PostConstruct;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Validates the library's own {@link OAuth1Credential} only: the provider has already authenticated the user, so the
 * caller is valid, named after the configured token-response field, with the groups of {@code roles-field}. Consulted
 * after the application's stores ({@link #priority()}), so that one of them may validate the credential first and
 * name the caller its own way; the application's group stores add their groups to either.
 */
public class OAuth1IdentityStore implements IdentityStore {
    /** After the application's stores (whose default priority is 100). */
    static final int PRIORITY = 1000;
    private static final System.Logger LOG = System.getLogger(OAuth1IdentityStore.class.getName());

    private SecurityConfig settings;

    @PostConstruct
    void read() {
        settings = ConfigScan.security(ConfigProvider.getConfig());
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof OAuth1Credential login) || !ours(login.clientName())) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<String> name = CallerFields.name(settings, login.credentials());
        if (name.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, CallerFields.missingName(login.clientName(), settings,
                    login.credentials()));
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(new OAuth1CallerPrincipal(name.get(), login.clientName(),
                login.credentials()), new LinkedHashSet<>(CallerFields.roles(settings, login.credentials())));
    }

    /** The {@code roles-field} groups of a caller this store validated (containers ask either way). */
    @Override
    public Set<String> getCallerGroups(CredentialValidationResult result) {
        if (result.getCallerPrincipal() instanceof OAuth1CallerPrincipal caller && ours(caller.clientName())) {
            return new LinkedHashSet<>(CallerFields.roles(settings, caller.credentials()));
        }
        return Set.of();
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    private boolean ours(String client) {
        return settings.client().filter(client::equals).isPresent();
    }
}
