package org.recoverytracker.reference;

/**
 * A UK local authority district.
 *
 * @param code ONS GSS code, e.g. {@code E09000018} (Hounslow)
 * @param name the name as ONS writes it, e.g. "Kingston upon Hull, City of"
 */
public record Place(String code, String name, Region region) {

    public Nation nation() {
        return region.nation();
    }
}
