package org.recoverytracker.views.giving;

import org.recoverytracker.schemas.PublishedSchemas;
import org.recoverytracker.views.config.StreamsConfiguration;
import org.recoverytracker.views.topology.EventCheck;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The 360Giving export: the partners' grants, read from the business-support topic. */
@Configuration(proxyBeanMethods = false)
class GivingConfiguration {

    @Bean
    PartnerGrants partnerGrants(KafkaProperties kafka, KafkaConnectionDetails connection, PublishedSchemas schemas) {
        return new PartnerGrants(
                StreamsConfiguration.clientProperties(kafka.buildConsumerProperties(), connection),
                new EventCheck(schemas));
    }
}
