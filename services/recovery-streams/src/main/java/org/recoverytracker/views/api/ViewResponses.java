package org.recoverytracker.views.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.recoverytracker.views.topology.Measures;

/** The JSON shapes of the Views API; measures appear inline, as the contract lists them. */
final class ViewResponses {

    private ViewResponses() {}

    /** An item of {@code GET /v1/places}. */
    record PlaceSummary(
            String place,
            String name,
            String region,
            @JsonUnwrapped Measures measures) {}

    /** A sector within a place, region or the UK. */
    record SectorSummary(
            String sector, String sectorName, @JsonUnwrapped Measures measures) {}

    /** {@code GET /v1/places/{place}}. */
    record PlaceDetail(
            String place,
            String name,
            String region,
            String nation,
            @JsonUnwrapped Measures measures,
            List<SectorSummary> sectors) {}

    /** {@code GET /v1/places/{place}/sectors/{sector}}. */
    record PlaceSectorDetail(
            String place,
            String sector,
            String sectorName,
            @JsonUnwrapped Measures measures,
            Instant lastUpdated) {}

    /**
     * A week of a weekly series.
     *
     * @param provisional true while late reports may still change the week ({@link ProvisionalWeeks})
     */
    record WeekSummary(LocalDate weekStart, @JsonUnwrapped Measures measures, boolean provisional) {}

    /** {@code GET /v1/regions/{region}}. */
    record RegionDetail(
            String region,
            String name,
            String nation,
            @JsonUnwrapped Measures measures,
            List<SectorSummary> sectors) {}

    /** {@code GET /v1/uk}. */
    record UkDetail(String name, @JsonUnwrapped Measures measures, List<SectorSummary> sectors) {}

    /** An item of {@code GET /v1/areas}: an area partners defined, without figures (ask for the area). */
    record AreaSummary(String areaId, String name, String owner, String visibility, List<AreaMemberSummary> members) {}

    /** A member district of an area, from one day to another (inclusive; absent: no bound). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AreaMemberSummary(String place, String name, LocalDate from, LocalDate to) {}

    /** {@code GET /v1/areas/{areaId}}. */
    record AreaDetail(
            String areaId,
            String name,
            String visibility,
            @JsonUnwrapped Measures measures,
            List<SectorSummary> sectors) {}
}
