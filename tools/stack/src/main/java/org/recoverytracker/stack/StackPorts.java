package org.recoverytracker.stack;

import java.util.List;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.schemas.ReferenceApi;
import org.recoverytracker.schemas.ViewsApi;

/**
 * The local stack's well-known ports, which the README, the demo feed and the dashboards assume;
 * the ingest services' come from the catalogue of kinds.
 */
public final class StackPorts {

    public static final int KAFKA = 9092;
    public static final int RECOVERY_STREAMS = ViewsApi.LOCAL_PORT;
    public static final int JOB_LOSS = EventKind.JOB_LOSS.localPort();
    public static final int BUSINESS_SUPPORT = EventKind.BUSINESS_SUPPORT.localPort();
    public static final int GREEN_ECONOMY = EventKind.GREEN_ECONOMY.localPort();
    public static final int REFERENCE = ReferenceApi.LOCAL_PORT;

    /** Every port the local stack takes, the broker's first. */
    public static final List<Integer> ALL =
            List.of(KAFKA, RECOVERY_STREAMS, JOB_LOSS, BUSINESS_SUPPORT, GREEN_ECONOMY, REFERENCE);

    private StackPorts() {}
}
