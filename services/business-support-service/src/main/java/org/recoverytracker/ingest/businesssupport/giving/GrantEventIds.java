package org.recoverytracker.ingest.businesssupport.giving;

import org.recoverytracker.schemas.Sha256;

/**
 * The event id of a grant: {@code 360g-} and the first 32 hex digits (128 bits) of the SHA-256 of
 * its 360Giving id, stripped of surrounding spaces, in UTF-8. Always derived, never the id itself:
 * a 360Giving id may be longer than an event id or hold characters one can't, and one rule for
 * every grant keeps imported events apart from the ones a partner posts with ids of its own. The
 * same grant id gives the same event id in every import, so importing a package again replaces its
 * events instead of adding to them.
 */
final class GrantEventIds {

    static final String PREFIX = "360g-";

    private static final int HEX_DIGITS = 32;

    private GrantEventIds() {}

    static String of(String grantId) {
        return PREFIX + Sha256.hex(grantId.strip()).substring(0, HEX_DIGITS);
    }
}
