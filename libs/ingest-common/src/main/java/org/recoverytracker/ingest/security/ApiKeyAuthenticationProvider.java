package org.recoverytracker.ingest.security;

import org.recoverytracker.partners.PartnerDirectory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

/** Turns an API key into the partner it belongs to. */
final class ApiKeyAuthenticationProvider implements AuthenticationProvider {

    private final PartnerDirectory partners;

    ApiKeyAuthenticationProvider(PartnerDirectory partners) {
        this.partners = partners;
    }

    /** An API key as it arrived, not yet checked. */
    static Authentication unchecked(String apiKey) {
        return new PreAuthenticatedAuthenticationToken(ApiKeyAuthenticationFilter.HEADER, apiKey);
    }

    @Override
    public Authentication authenticate(Authentication apiKey) {
        return partners.byApiKey(String.valueOf(apiKey.getCredentials()))
                .map(PartnerAuthentication::new)
                .orElseThrow(() -> new BadCredentialsException(
                        "The " + ApiKeyAuthenticationFilter.HEADER + " is not recognised."));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return PreAuthenticatedAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
