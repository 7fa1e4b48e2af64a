package org.recoverytracker.demo;

/**
 * The three kinds of event, each with its own ingest service: where it listens on the local stack,
 * its resource path, and the name of its organisation field (which CSV flattens into columns such
 * as {@code employerName}).
 */
public enum Kind {

    JOB_LOSS("job-loss", 8081, "/v1/job-losses", "employer"),
    BUSINESS_SUPPORT("business-support", 8082, "/v1/business-support", "recipient"),
    GREEN_ECONOMY("green-economy", 8083, "/v1/green-economy", "organisation");

    private final String label;
    private final int localPort;
    private final String path;
    private final String organisationField;

    Kind(String label, int localPort, String path, String organisationField) {
        this.label = label;
        this.localPort = localPort;
        this.path = path;
        this.organisationField = organisationField;
    }

    /** A short name for logs and options, e.g. {@code job-loss}. */
    public String label() {
        return label;
    }

    /** The contract's local port of the kind's ingest service. */
    public int localPort() {
        return localPort;
    }

    /** The contract's resource path, e.g. {@code /v1/job-losses}. */
    public String path() {
        return path;
    }

    public String organisationField() {
        return organisationField;
    }
}
