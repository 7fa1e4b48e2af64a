package org.recoverytracker.schemas;

/**
 * What the contract fixes for the reference service, which takes baselines and areas from
 * partners with the ingest API's rules and publishes them to {@link RecoveryTopics#AREAS} and
 * {@link RecoveryTopics#BASELINES}.
 */
public final class ReferenceApi {

    /** The service's name and module, {@code services/reference-service}. */
    public static final String SERVICE_NAME = "reference-service";

    /** Its port on the local stack. */
    public static final int LOCAL_PORT = 8084;

    /** Areas: {@code PUT/DELETE /v1/areas/{areaId}}, {@code POST /v1/areas} for a batch. */
    public static final String AREAS_PATH = "/v1/areas";

    /** Baselines: {@code PUT/DELETE /v1/baselines/{id}}, {@code POST /v1/baselines} for a batch. */
    public static final String BASELINES_PATH = "/v1/baselines";

    /** The kinds of reference record, as the {@code kind} label of {@code recovery_ingest_events_total}. */
    public static final String AREA_KIND = "area";

    public static final String BASELINE_KIND = "baseline";

    private ReferenceApi() {}
}
