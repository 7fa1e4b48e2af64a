package org.recoverytracker.demo;

import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.testsupport.LocalPartner;

/**
 * The three councils whose story the demo tells, with their dev-only credentials from the local
 * stack's partners ({@link LocalPartner}, the one list of them). Each council writes only for its
 * own place, as the contract allows it; the demo never uses the national partner, so every figure
 * can be traced to the council that posted it.
 */
public enum Partner {
    HOUNSLOW(LocalPartner.HOUNSLOW),
    BELFAST(LocalPartner.BELFAST),
    BRADFORD(LocalPartner.BRADFORD);

    private final LocalPartner local;

    Partner(LocalPartner local) {
        this.local = local;
    }

    /** The partner id the services derive from the key. */
    public String id() {
        return local.id();
    }

    /** The dev-only {@code X-API-Key}; published in the README, valid only on the local stack. */
    public String apiKey() {
        return local.key();
    }

    /** The GSS code of the one place this partner may write for. */
    public String place() {
        return local.places().get(0);
    }

    public String placeName() {
        return ReferenceData.uk().place(place()).orElseThrow().name();
    }
}
