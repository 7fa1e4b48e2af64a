package org.recoverytracker.dashboard.page;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the dashboard page ({@code recovery.dashboard}).
 *
 * @param refreshInterval how often the page in the browser asks for its figures again
 */
@ConfigurationProperties("recovery.dashboard")
public record DashboardSettings(@DefaultValue("5s") Duration refreshInterval) {
}
