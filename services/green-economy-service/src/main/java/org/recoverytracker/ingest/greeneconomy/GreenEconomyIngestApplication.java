package org.recoverytracker.ingest.greeneconomy;

import org.recoverytracker.ingest.IngestConfiguration;
import org.recoverytracker.ingest.IngestKind;
import org.recoverytracker.schemas.EventKind;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The green-economy ingest service: {@code /v1/green-economy} → {@code recovery.green-economy.v1}. */
@SpringBootApplication
@Import(IngestConfiguration.class)
public class GreenEconomyIngestApplication {

    @Bean
    IngestKind<GreenEconomyRequest> greenEconomy() {
        return new IngestKind<>(EventKind.GREEN_ECONOMY, GreenEconomyRequest.class);
    }

    public static void main(String[] args) {
        SpringApplication.run(GreenEconomyIngestApplication.class, args);
    }
}
