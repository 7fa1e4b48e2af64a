package org.recoverytracker.views.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoverytracker.reference.records.Area;
import org.recoverytracker.reference.records.AreaMember;
import org.recoverytracker.reference.records.AreaVisibility;
import org.recoverytracker.schemas.EventCodec;

/** The global store of areas, fed from recovery.areas.v1 as the reference service (or anyone) writes it. */
class AreaStoreTest {

    private static final EventCodec<Area> CODEC = EventCodec.of(Area.class);

    @TempDir
    Path stateDir;

    private final List<String> skipped = new ArrayList<>();
    private ViewsDriver views;

    @BeforeEach
    void startDriver() {
        views = new ViewsDriver(stateDir, new TopologyMetrics() {
            @Override
            public void deadLetter(String sourceTopic) {}

            @Override
            public void viewUpdated(long changedAtMillis) {}

            @Override
            public void skipped(String kind) {
                skipped.add(kind);
            }
        });
    }

    @AfterEach
    void stopDriver() {
        views.close();
    }

    @Test
    void keepsEachAreaUnderItsIdAndItsLatestVersion() {
        views.pipeArea("west-london", encode(area("west-london", "hounslow-council", "West London", "E09000018")));
        views.pipeArea(
                "west-london",
                encode(area("west-london", "hounslow-council", "West London and Ealing", "E09000018", "E09000009")));
        views.pipeArea("bradford", encode(area("bradford", "bradford-council", "Bradford", "E08000032")));

        assertThat(names()).isEqualTo(Map.of("west-london", "West London and Ealing", "bradford", "Bradford"));
        assertThat(skipped).isEmpty();
    }

    @Test
    void skipsAndCountsEveryRecordItCannotUseAndGoesOn() {
        views.pipeArea("garbage", "not avro at all".getBytes(StandardCharsets.UTF_8));
        views.pipeArea("other-id", encode(area("west-london", "hounslow-council", "West London", "E09000018")));
        views.pipeArea("huge", encode(area("huge", "hounslow-council", "x".repeat(70 * 1024), "E09000018")));
        views.pipeArea("unknown-place", encode(area("unknown-place", "hounslow-council", "Nowhere", "E09000099")));
        views.pipeArea("no-members", encode(area("no-members", "hounslow-council", "Empty")));
        views.pipeArea(
                "backwards",
                encode(withMembers(
                        area("backwards", "hounslow-council", "Backwards"),
                        new AreaMember("E09000018", LocalDate.of(2021, 2, 1), LocalDate.of(2021, 1, 1)))));
        views.pipeArea("bradford", encode(area("bradford", "bradford-council", "Bradford", "E08000032")));

        assertThat(names()).isEqualTo(Map.of("bradford", "Bradford"));
        assertThat(skipped).containsExactly("undecodable", "key", "too-large", "invalid", "invalid", "invalid");
    }

    @Test
    void theFirstOwnerOfAnIdKeepsIt() {
        views.pipeArea("west-london", encode(area("west-london", "hounslow-council", "West London", "E09000018")));
        views.pipeArea("west-london", encode(area("west-london", "bradford-council", "Taken over", "E08000032")));
        views.pipeArea(
                "west-london", encode(area("west-london", "hounslow-council", "West London, renamed", "E09000018")));

        assertThat(names()).isEqualTo(Map.of("west-london", "West London, renamed"));
        assertThat(skipped).containsExactly("owner");
    }

    @Test
    void aTombstoneRemovesTheAreaAndFreesItsId() {
        views.pipeArea("west-london", encode(area("west-london", "hounslow-council", "West London", "E09000018")));
        views.pipeArea("west-london", null);
        assertThat(views.areas()).isEmpty();

        views.pipeArea("west-london", encode(area("west-london", "bradford-council", "Bradford's now", "E08000032")));
        assertThat(names()).isEqualTo(Map.of("west-london", "Bradford's now"));
        assertThat(skipped).isEmpty();
    }

    private Map<String, String> names() {
        final Map<String, String> names = new TreeMap<>();
        views.areas().forEach((id, value) -> names.put(id, CODEC.decode(value).getName()));
        return names;
    }

    static Area area(String areaId, String owner, String name, String... places) {
        return Area.newBuilder()
                .setAreaId(areaId)
                .setOwner(owner)
                .setReceivedAt(Instant.parse("2024-06-03T09:00:00Z"))
                .setName(name)
                .setVisibility(AreaVisibility.PUBLIC)
                .setMembers(List.of(places).stream()
                        .map(place -> new AreaMember(place, null, null))
                        .toList())
                .build();
    }

    private static Area withMembers(Area area, AreaMember... members) {
        return Area.newBuilder(area).setMembers(List.of(members)).build();
    }

    private static byte[] encode(Area area) {
        return CODEC.encode(area);
    }
}
