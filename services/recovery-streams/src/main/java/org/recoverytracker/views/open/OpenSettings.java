package org.recoverytracker.views.open;

import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the open views' releases ({@code recovery.open}).
 *
 * @param releaseTime when the day's release is cut, in {@code releaseZone}
 * @param releaseZone the zone of {@code releaseTime}, and of the days releases are named by
 * @param scheduled false to cut releases only on request ({@code POST /open/v1/releases})
 * @param releasesKept how many releases stay readable; older ones are removed when a release is cut
 * @param maxOrganisationCells the most organisation × cell contributions a release is cut from; beyond it the
 *                             cut is refused rather than risk the memory of the instance cutting it
 */
@ConfigurationProperties("recovery.open")
public record OpenSettings(
        @DefaultValue("06:00") LocalTime releaseTime,
        @DefaultValue("Europe/London") ZoneId releaseZone,
        @DefaultValue("true") boolean scheduled,
        @DefaultValue("400") int releasesKept,
        @DefaultValue("2000000") int maxOrganisationCells) {

    public OpenSettings {
        if (releasesKept < 1) {
            throw new IllegalArgumentException("recovery.open.releases-kept must be 1 or more, not " + releasesKept);
        }
    }
}
