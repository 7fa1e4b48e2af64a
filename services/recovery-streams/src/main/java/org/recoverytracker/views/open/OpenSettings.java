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
 *                             cut is refused (503) rather than risk the memory of the instance cutting it.
 *                             Measured: 10,000 take 2.4 s and about 240 MB of heap, 100,000 take 9 s and
 *                             1.5 GB; the default suits the local stack's 512 MB heap
 */
@ConfigurationProperties("recovery.open")
public record OpenSettings(
        @DefaultValue("06:00") LocalTime releaseTime,
        @DefaultValue("Europe/London") ZoneId releaseZone,
        @DefaultValue("true") boolean scheduled,
        @DefaultValue("400") int releasesKept,
        @DefaultValue("20000") int maxOrganisationCells) {

    public OpenSettings {
        if (releasesKept < 1) {
            throw new IllegalArgumentException("recovery.open.releases-kept must be 1 or more, not " + releasesKept);
        }
    }
}
