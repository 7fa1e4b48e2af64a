package org.recoverytracker.ingest.security;

import java.util.List;
import org.recoverytracker.partners.Partner;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** An authenticated partner, whether it came with an API key or a JWT. */
public final class PartnerAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final Partner partner;

    public PartnerAuthentication(Partner partner) {
        super(List.of());
        this.partner = partner;
        setAuthenticated(true);
    }

    @Override
    public Partner getPrincipal() {
        return partner;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return partner.id();
    }
}
