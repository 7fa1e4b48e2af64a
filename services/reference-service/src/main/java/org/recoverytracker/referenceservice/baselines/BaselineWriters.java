package org.recoverytracker.referenceservice.baselines;

import java.util.Set;
import org.recoverytracker.partners.Partner;

/**
 * The partners allowed to write reference data: those configured in
 * {@code recovery.reference.baseline-writers}, or — when none are — the partners that may write
 * for every place (on the local stack, {@code uk-recovery-observatory}). A council's own partner
 * can't set the denominator every other place is compared against.
 */
record BaselineWriters(Set<String> configured) {

    BaselineWriters {
        configured = Set.copyOf(configured);
    }

    boolean mayWrite(Partner partner) {
        return configured.isEmpty() ? partner.mayWriteEverywhere() : configured.contains(partner.id());
    }
}
