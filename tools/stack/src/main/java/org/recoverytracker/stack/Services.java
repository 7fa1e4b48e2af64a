package org.recoverytracker.stack;

import java.util.List;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.ReferenceApi;

/**
 * The names of the stack's programs: each is its module's artifactId, its log's name and its jar's
 * name. The ingest services' come from the catalogue of kinds, the reference service's from
 * {@link ReferenceApi}.
 */
public final class Services {

    public static final String BROKER = "kafka";
    public static final String RECOVERY_STREAMS = "recovery-streams";
    public static final String JOB_LOSS = EventKind.JOB_LOSS.serviceName();
    public static final String BUSINESS_SUPPORT = EventKind.BUSINESS_SUPPORT.serviceName();
    public static final String GREEN_ECONOMY = EventKind.GREEN_ECONOMY.serviceName();
    public static final String REFERENCE = ReferenceApi.SERVICE_NAME;
    /** The five services, in the order they are listed to users. */
    public static final List<String> ALL =
            List.of(RECOVERY_STREAMS, JOB_LOSS, BUSINESS_SUPPORT, GREEN_ECONOMY, REFERENCE);

    private Services() {}
}
