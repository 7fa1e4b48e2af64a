package org.recoverytracker.stack;

/** The local stack's well-known ports, which the README, the demo feed and the dashboards assume. */
public final class StackPorts {

    public static final int KAFKA = 9092;
    public static final int RECOVERY_STREAMS = 8080;
    public static final int JOB_LOSS = 8081;
    public static final int BUSINESS_SUPPORT = 8082;
    public static final int GREEN_ECONOMY = 8083;

    private StackPorts() {
    }
}
