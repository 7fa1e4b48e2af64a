package org.recoverytracker.referenceservice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The reference service: partners' areas ({@code /v1/areas} → {@code recovery.areas.v1}) and
 * baselines ({@code /v1/baselines} → {@code recovery.baselines.v1}), taken with the ingest API's
 * rules.
 */
@SpringBootApplication
public class ReferenceServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReferenceServiceApplication.class, args);
    }
}
