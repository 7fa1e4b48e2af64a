package org.recoverytracker.schemas;

/**
 * What the contract fixes for the views service ({@code services/recovery-streams}) that clients
 * beside the product need: its local port, where an operator cuts a release of the open views, and
 * the application id that operators' Kafka tools name it by.
 */
public final class ViewsApi {

    /** Its port on the local stack. */
    public static final int LOCAL_PORT = 8080;

    /**
     * {@code POST} cuts a release of the open views at once, with the credential of a partner that
     * may write for every place; {@code GET} lists the releases.
     */
    public static final String RELEASES_PATH = "/open/v1/releases";

    /**
     * The Kafka Streams application id: the consumer group, the prefix of every internal topic, and
     * what Kafka's reset tool ({@code kafka-streams-application-reset}) is given.
     */
    public static final String APPLICATION_ID = "recovery-streams";

    private ViewsApi() {}
}
