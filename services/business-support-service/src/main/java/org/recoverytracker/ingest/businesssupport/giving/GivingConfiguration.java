package org.recoverytracker.ingest.businesssupport.giving;

import jakarta.validation.Validator;
import java.time.Clock;
import org.recoverytracker.ingest.IngestProperties;
import org.recoverytracker.ingest.IngestService;
import org.recoverytracker.ingest.metrics.IngestMetrics;
import org.recoverytracker.ingest.publishing.EventPublisher;
import org.recoverytracker.ingest.validation.EventValidation;
import org.recoverytracker.schemas.EventKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The 360Giving import, on the business-support service's settings, publisher and batch turns. */
@Configuration(proxyBeanMethods = false)
class GivingConfiguration {

    @Bean
    GivingImport givingImport(
            IngestProperties properties,
            IngestService ingest,
            Validator validator,
            EventPublisher publisher,
            IngestMetrics metrics,
            Clock clock) {
        return new GivingImport(
                properties,
                ingest.batchTurns(),
                new GrantMapper(new EventValidation(validator, EventKind.BUSINESS_SUPPORT), GrantPlaces.uk()),
                publisher,
                metrics,
                clock);
    }
}
