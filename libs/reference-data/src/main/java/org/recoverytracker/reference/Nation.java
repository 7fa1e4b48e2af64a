package org.recoverytracker.reference;

import java.util.Arrays;

/** The four nations of the UK, named as in the reference data and the Views API. */
public enum Nation {
    ENGLAND("England"),
    WALES("Wales"),
    SCOTLAND("Scotland"),
    NORTHERN_IRELAND("Northern Ireland");

    private final String displayName;

    Nation(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    static Nation ofDisplayName(String name) {
        return Arrays.stream(values())
                .filter(nation -> nation.displayName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown nation '" + name + "'"));
    }
}
