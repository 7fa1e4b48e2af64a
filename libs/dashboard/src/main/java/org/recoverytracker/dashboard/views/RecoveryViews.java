package org.recoverytracker.dashboard.views;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The views as the dashboard reads them, implemented by the service that hosts the page, in its
 * own process. Every code passed is well formed and known to the reference data: the page checks
 * codes before it asks. An area with no live events is {@link Optional#empty()}; views that can't
 * be read right now (the streams are starting or rebalancing, or the instance holding a place
 * doesn't answer) throw {@link FiguresUnavailableException}, so that the page can say so and ask
 * to be tried again, and still show what it could read.
 */
public interface RecoveryViews {

    /** Every place with live events, in code order. */
    List<PlaceFigures> places();

    /** A place (ONS GSS code) with its sectors. */
    Optional<AreaFigures> place(String place);

    /** A place's weeks with events in the range, ascending; empty when the place has no live events at all. */
    Optional<List<Week>> placeWeeks(String place, WeekRange weeks);

    /**
     * Where the figure of a place × SIC section comes from, or of one week of it when
     * {@code weekStart} (a Monday) is not null; empty when no live event is behind it.
     */
    Optional<FigureProvenance> provenance(String place, String sector, LocalDate weekStart);

    /** An ITL1 region with its sectors. */
    Optional<AreaFigures> region(String region);

    /** A region's weeks with events in the range, ascending. */
    List<Week> regionWeeks(String region, WeekRange weeks);

    /**
     * A public area partners defined, by its id, with its sectors; empty when it is unknown, private
     * (downloads are public) or has no live events.
     */
    Optional<AreaFigures> publicArea(String areaId);

    /** Every public area partners defined, in id order, whether or not it has live events. */
    List<PublicArea> publicAreas();

    /** A public area's name and members; empty when it is unknown or private. */
    Optional<PublicArea> publicAreaDefinition(String areaId);

    /** A public area's weeks with events in the range, ascending; empty also when it is unknown or private. */
    List<Week> publicAreaWeeks(String areaId, WeekRange weeks);

    /** The United Kingdom with its sectors; its code is {@link AreaFigures#UK_CODE}. */
    Optional<AreaFigures> uk();

    /** The UK's weeks with events in the range, ascending. */
    List<Week> ukWeeks(WeekRange weeks);

    /**
     * An area's figures, as this interface gave them, set against the default baseline: the
     * baseline of the area's districts (a place's own, a region's, the UK's or a public area's
     * members'), so that the rates are of exactly the figures the page shows.
     */
    BaselineIndex againstBaseline(AreaFigures area);

    /**
     * How many days after its Sunday a week stays {@linkplain Week#provisional() provisional}, as
     * the views are set up; the page words its explanation of provisional weeks from it, so that
     * the number is the views' own and not repeated here.
     */
    int provisionalDays();

    /** The partners whose reports the figures come from, by id: named in every download's attribution. */
    List<String> partners();
}
