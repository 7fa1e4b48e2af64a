package org.recoverytracker.views;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The views service: keeps live sector-recovery views per place, region and the UK from the event
 * topics, serves them over REST and exports them to Prometheus.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RecoveryStreamsApplication {

    public static void main(String[] args) {
        SpringApplication.run(RecoveryStreamsApplication.class, args);
    }
}
