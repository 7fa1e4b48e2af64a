package org.recoverytracker.demo;

/**
 * The three councils whose story the demo tells, with their dev-only credentials from the local
 * partner configuration. Each council writes only for its own place, as the contract allows it; the
 * demo never uses the national partner, so every figure can be traced to the council that posted it.
 */
public enum Partner {
    HOUNSLOW("hounslow-council", "local-hounslow-key", "E09000018", "Hounslow"),
    BELFAST("belfast-city-council", "local-belfast-key", "N09000003", "Belfast"),
    BRADFORD("bradford-council", "local-bradford-key", "E08000032", "Bradford");

    private final String id;
    private final String apiKey;
    private final String place;
    private final String placeName;

    Partner(String id, String apiKey, String place, String placeName) {
        this.id = id;
        this.apiKey = apiKey;
        this.place = place;
        this.placeName = placeName;
    }

    /** The partner id the services derive from the key. */
    public String id() {
        return id;
    }

    /** The dev-only {@code X-API-Key}; published in the README, valid only on the local stack. */
    public String apiKey() {
        return apiKey;
    }

    /** The GSS code of the one place this partner may write for. */
    public String place() {
        return place;
    }

    public String placeName() {
        return placeName;
    }
}
