package org.recoverytracker.testsupport;

import java.util.List;

/**
 * The local stack's partners with their dev-only keys and the places they may write for, as the
 * README lists them (configured in {@code recovery-local-partners.yml}, which keeps only the keys'
 * hashes).
 */
public enum LocalPartner {
    HOUNSLOW("hounslow-council", "local-hounslow-key", List.of("E09000018")),
    BELFAST("belfast-city-council", "local-belfast-key", List.of("N09000003")),
    BRADFORD("bradford-council", "local-bradford-key", List.of("E08000032")),
    /** May write for every place. */
    NATIONAL("uk-recovery-observatory", "local-national-key", List.of());

    private final String id;
    private final String key;
    private final List<String> places;

    LocalPartner(String id, String key, List<String> places) {
        this.id = id;
        this.key = key;
        this.places = places;
    }

    /** The partner id the services derive from the key, e.g. {@code hounslow-council}. */
    public String id() {
        return id;
    }

    /** The {@code X-API-Key} of the local stack. */
    public String key() {
        return key;
    }

    /** The places it may write for; empty for a partner that may write for every place. */
    public List<String> places() {
        return places;
    }

    /** The Kafka key of one of its events, {@code partner/eventId}. */
    public String eventKey(String eventId) {
        return id + "/" + eventId;
    }
}
