package org.recoverytracker.referenceservice;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reference service's own settings ({@code recovery.reference.*}); limits, timeouts and the
 * Kafka topic layout are the ingest services' ({@code recovery.ingest.*}).
 *
 * @param baselineWriters ids of the partners that may write baselines; when empty, the partners
 *                        that may write for every place (national partners) may
 */
@ConfigurationProperties("recovery.reference")
public record ReferenceProperties(@DefaultValue List<String> baselineWriters) {

    public ReferenceProperties {
        baselineWriters = List.copyOf(baselineWriters);
    }
}
