package org.recoverytracker.views.open;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.recoverytracker.views.query.StreamsAccess;
import org.recoverytracker.views.query.WeekFilter;
import org.recoverytracker.views.releases.ReleaseStore;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Reads the releases of the open views from this instance's copy of them ({@link ReleaseStore}). */
@Component
public class OpenReleases {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StreamsAccess streams;

    OpenReleases(StreamsAccess streams) {
        this.streams = streams;
    }

    /** Every release kept, oldest first. */
    public List<Release> all() {
        final List<Release> releases = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> headers =
                store().prefixScan(ReleaseStore.HEADER_PREFIX, Serdes.String().serializer())) {
            headers.forEachRemaining(header -> releases.add(JSON.readValue(header.value, Release.class)));
        }
        releases.sort(Release.IN_ORDER);
        return releases;
    }

    /** The latest release, or empty before the first. */
    public Optional<Release> latest() {
        final List<Release> releases = all();
        return releases.isEmpty() ? Optional.empty() : Optional.of(releases.get(releases.size() - 1));
    }

    /** A release by its id, or empty when there is none such (never was, or no longer kept). */
    public Optional<Release> byId(String id) {
        final byte[] header = store().get(ReleaseStore.headerKey(id));
        return header == null ? Optional.empty() : Optional.of(JSON.readValue(header, Release.class));
    }

    /** One figure of a release, or empty when the release has no such figure (no live events in it). */
    public Optional<OpenCell> figure(Release release, Scope scope) {
        final byte[] cell = store().get(ReleaseStore.figureKey(release.id(), scope.key()));
        return cell == null ? Optional.empty() : Optional.of(JSON.readValue(cell, OpenCell.class));
    }

    /**
     * The figures of one level of a release within a place or region (the UK's when {@code code}
     * is null), and of one sector of it when {@code sector} is not null, in key order.
     */
    public SortedMap<Scope, OpenCell> figures(Release release, Scope.Level level, String code, String sector) {
        final SortedMap<Scope, OpenCell> figures = new TreeMap<>(Comparator.comparing(Scope::key));
        try (KeyValueIterator<String, byte[]> cells = store().prefixScan(
                        ReleaseStore.figureKey(release.id(), Scope.prefix(level, code, sector)),
                        Serdes.String().serializer())) {
            cells.forEachRemaining(cell -> figures.put(
                    Scope.parse(cell.key.substring(release.id().length() + 1)),
                    JSON.readValue(cell.value, OpenCell.class)));
        }
        return figures;
    }

    /**
     * The weeks of one level of a release within a place, region or area (the UK's when {@code code}
     * is null), and of one sector of it when {@code sector} is not null, that start from {@code from}
     * to {@code to} (both inclusive, each optional), in week order.
     */
    public SortedMap<Scope, OpenCell> weeks(
            Release release, Scope.Level level, String code, String sector, LocalDate from, LocalDate to) {
        final WeekFilter range = new WeekFilter(null, from, to);
        final SortedMap<Scope, OpenCell> weeks = figures(release, level, code, sector);
        weeks.keySet().removeIf(week -> !range.includes(null, week.weekStart()));
        return weeks;
    }

    /** The figures by sector of a whole place, region, area or the UK in a release, in sector order. */
    public SortedMap<Scope, OpenCell> sectorsOf(Release release, Scope whole) {
        return figures(release, whole.sectorLevel(), whole.code(), null);
    }

    /** The keys of every figure of a release, to remove them. */
    List<String> keysOf(Release release) {
        final List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> cells = store().prefixScan(
                        ReleaseStore.figureKey(release.id(), ""),
                        Serdes.String().serializer())) {
            cells.forEachRemaining(cell -> keys.add(cell.key));
        }
        return keys;
    }

    private ReadOnlyKeyValueStore<String, byte[]> store() {
        return streams.globalStore(ReleaseStore.NAME);
    }
}
