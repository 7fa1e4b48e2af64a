package org.recoverytracker.views.page;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the dashboard page ({@code recovery.dashboard}).
 *
 * @param viewsApi where the page reads its figures; unset means this service's own Views API on
 *                 the port it listens on ({@code http://localhost:<local.server.port>}), which is
 *                 right for any number of instances because the API routes each place itself
 * @param refreshInterval how often the page in the browser polls the Views API for new figures
 * @param apiTimeout how long the page waits for the Views API before saying it is unavailable
 */
@ConfigurationProperties("recovery.dashboard")
record DashboardSettings(
        URI viewsApi,
        @DefaultValue("5s") Duration refreshInterval,
        @DefaultValue("10s") Duration apiTimeout) {
}
