package org.recoverytracker.views;

import org.recoverytracker.dashboard.DashboardConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

/**
 * The views service: keeps live sector-recovery views per place, region and the UK from the event
 * topics, serves them over REST and exports them to Prometheus, and hosts the dashboard page, which
 * reads them in process (views/dashboard).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
// The page claims /, /places and /downloads, so this service takes it on deliberately (see
// DashboardConfiguration) rather than through auto-configuration.
@Import(DashboardConfiguration.class)
public class RecoveryStreamsApplication {

    public static void main(String[] args) {
        SpringApplication.run(RecoveryStreamsApplication.class, args);
    }
}
