package org.recoverytracker.ingest.businesssupport;

import org.recoverytracker.ingest.IngestConfiguration;
import org.recoverytracker.ingest.IngestKind;
import org.recoverytracker.schemas.EventKind;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The business-support ingest service: {@code /v1/business-support} → {@code recovery.business-support.v1}. */
@SpringBootApplication
@Import(IngestConfiguration.class)
public class BusinessSupportIngestApplication {

    @Bean
    IngestKind<BusinessSupportRequest> businessSupport() {
        return new IngestKind<>(EventKind.BUSINESS_SUPPORT, BusinessSupportRequest.class);
    }

    public static void main(String[] args) {
        SpringApplication.run(BusinessSupportIngestApplication.class, args);
    }
}
