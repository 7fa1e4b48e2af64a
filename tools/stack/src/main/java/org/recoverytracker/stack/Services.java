package org.recoverytracker.stack;

import java.util.List;

/** The names of the stack's programs: each is its module's artifactId, its log's name and its jar's name. */
public final class Services {

    public static final String BROKER = "kafka";
    public static final String RECOVERY_STREAMS = "recovery-streams";
    public static final String JOB_LOSS = "job-loss-service";
    public static final String BUSINESS_SUPPORT = "business-support-service";
    public static final String GREEN_ECONOMY = "green-economy-service";
    /** The four services, in the order they are listed to users. */
    public static final List<String> ALL = List.of(RECOVERY_STREAMS, JOB_LOSS, BUSINESS_SUPPORT, GREEN_ECONOMY);

    private Services() {
    }
}
