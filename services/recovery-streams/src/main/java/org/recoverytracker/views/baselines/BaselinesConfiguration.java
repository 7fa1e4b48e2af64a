package org.recoverytracker.views.baselines;

import java.time.Clock;
import org.recoverytracker.views.query.StreamsAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The baselines this instance reads from its copy of the global store. */
@Configuration(proxyBeanMethods = false)
class BaselinesConfiguration {

    @Bean
    BaselineTables baselineTables(StreamsAccess streams) {
        return new BaselineTables(() -> streams.globalStore(BaselineStore.NAME), Clock.systemUTC());
    }
}
