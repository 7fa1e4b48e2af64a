package org.recoverytracker.stack;

import java.time.Duration;
import java.util.List;

/** Hears how the start of a {@link RecoveryStack} goes, e.g. to show progress on a console. Every method does nothing by default. */
public interface StartListener {

    StartListener SILENT = new StartListener() {};

    /** The broker accepts clients, {@code took} after the start began. */
    default void brokerReady(String bootstrapServers, Duration took) {}

    /** The services have been started and their readiness is awaited. */
    default void servicesStarted(List<ServiceProcess> services) {}

    /** A service's readiness check is UP, {@code took} after the services were started. */
    default void serviceReady(ServiceProcess service, Duration took) {}

    /** About once a second while services are not ready yet. */
    default void stillWaiting(List<String> pending, Duration waited) {}
}
