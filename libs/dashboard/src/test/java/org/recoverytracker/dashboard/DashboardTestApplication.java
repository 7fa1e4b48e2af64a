package org.recoverytracker.dashboard;

import org.recoverytracker.dashboard.views.InMemoryRecoveryViews;
import org.recoverytracker.dashboard.views.InMemoryReleasedViews;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The dashboard as a service hosts it, for its tests: the dashboard's configuration, reading
 * views and releases of the open views held in memory instead of a service's.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@Import(DashboardConfiguration.class)
class DashboardTestApplication {

    @Bean
    InMemoryRecoveryViews recoveryViews() {
        return new InMemoryRecoveryViews();
    }

    @Bean
    InMemoryReleasedViews releasedViews() {
        return new InMemoryReleasedViews();
    }
}
