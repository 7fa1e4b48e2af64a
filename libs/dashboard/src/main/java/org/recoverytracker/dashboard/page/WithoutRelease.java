package org.recoverytracker.dashboard.page;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.recoverytracker.dashboard.views.AreaFigures;
import org.recoverytracker.dashboard.views.BaselineIndex;
import org.recoverytracker.dashboard.views.FigureProvenance;
import org.recoverytracker.dashboard.views.FiguresUnavailableException;
import org.recoverytracker.dashboard.views.PlaceFigures;
import org.recoverytracker.dashboard.views.PublicArea;
import org.recoverytracker.dashboard.views.RecoveryViews;
import org.recoverytracker.dashboard.views.Week;
import org.recoverytracker.dashboard.views.WeekRange;

/**
 * What the open page reads when it has no release to read: before the first release no area has
 * figures; while the releases can't be read every figure is unavailable (a 503 the page words).
 * What is not a figure (the public areas' definitions, the provisional period, the partners) is
 * the views' own, so that an area's page is found before its first release as after it.
 */
final class WithoutRelease implements RecoveryViews {

    private final RecoveryViews definitions;
    private final FiguresUnavailableException unavailable;

    /**
     * @param unavailable why the releases can't be read just now; null when there is simply no release yet
     */
    WithoutRelease(RecoveryViews definitions, FiguresUnavailableException unavailable) {
        this.definitions = definitions;
        this.unavailable = unavailable;
    }

    private void readable() {
        if (unavailable != null) {
            throw unavailable;
        }
    }

    @Override
    public List<PlaceFigures> places() {
        readable();
        return List.of();
    }

    @Override
    public Optional<AreaFigures> place(String place) {
        readable();
        return Optional.empty();
    }

    @Override
    public Optional<List<Week>> placeWeeks(String place, WeekRange weeks) {
        readable();
        return Optional.empty();
    }

    @Override
    public Optional<FigureProvenance> provenance(String place, String sector, LocalDate weekStart) {
        return Optional.empty();
    }

    @Override
    public Optional<AreaFigures> region(String region) {
        readable();
        return Optional.empty();
    }

    @Override
    public List<Week> regionWeeks(String region, WeekRange weeks) {
        readable();
        return List.of();
    }

    @Override
    public Optional<AreaFigures> publicArea(String areaId) {
        readable();
        return Optional.empty();
    }

    @Override
    public List<PublicArea> publicAreas() {
        return definitions.publicAreas();
    }

    @Override
    public Optional<PublicArea> publicAreaDefinition(String areaId) {
        return definitions.publicAreaDefinition(areaId);
    }

    @Override
    public List<Week> publicAreaWeeks(String areaId, WeekRange weeks) {
        readable();
        return List.of();
    }

    @Override
    public Optional<AreaFigures> uk() {
        readable();
        return Optional.empty();
    }

    @Override
    public List<Week> ukWeeks(WeekRange weeks) {
        readable();
        return List.of();
    }

    @Override
    public BaselineIndex againstBaseline(AreaFigures area) {
        throw new IllegalStateException("there are no figures to set against a baseline without a release");
    }

    @Override
    public int provisionalDays() {
        return definitions.provisionalDays();
    }

    @Override
    public List<String> partners() {
        return definitions.partners();
    }
}
