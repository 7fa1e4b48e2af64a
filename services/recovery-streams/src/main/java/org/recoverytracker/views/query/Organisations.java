package org.recoverytracker.views.query;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.recoverytracker.schemas.Sha256;
import org.recoverytracker.views.topology.EventProvenance;

/**
 * Who an event's organisation is, for counting distinct contributors to a figure (disclosure
 * control): its Companies House number when it has one, else its name normalised, so that
 * "ACME Widgets Limited" and "Acme  widgets ltd." are one organisation. Only a hash of that key
 * leaves the instance, so the names never travel between instances nor reach the release topics.
 */
public final class Organisations {

    /** An event counted before the views kept provenance: its organisation is unknown, so all such count as one. */
    static final String UNKNOWN = "unknown";

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEGAL_FORM = Pattern.compile(" (limited|ltd|plc|llp|cic|co)$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Hex digits of the key's hash: 64 bits, so two organisations of one figure share one by chance less than once in 10^10 figures. */
    private static final int KEY_HEX_DIGITS = 16;

    private Organisations() {}

    /** The hashed key of the organisation of an event's counted version. */
    public static String keyOf(EventProvenance provenance) {
        if (provenance == null) {
            return hash(UNKNOWN);
        }
        final String number = provenance.companyNumber();
        if (number != null && !number.isBlank()) {
            return hash("company:" + SPACES.matcher(number).replaceAll("").toUpperCase(Locale.ROOT));
        }
        return hash("name:" + normalisedName(provenance.organisation()));
    }

    /**
     * Lower case, accents and punctuation dropped, "&" as "and", single spaces, and one trailing
     * legal form (Limited, Ltd, PLC, LLP, CIC, Co) removed.
     */
    static String normalisedName(String name) {
        if (name == null) {
            return "";
        }
        final String folded = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replace("&", " and ")
                .toLowerCase(Locale.ROOT);
        final String spaced = NOT_ALPHANUMERIC.matcher(folded).replaceAll(" ").trim();
        return LEGAL_FORM.matcher(spaced).replaceAll("");
    }

    private static String hash(String key) {
        return Sha256.hex(key).substring(0, KEY_HEX_DIGITS);
    }
}
