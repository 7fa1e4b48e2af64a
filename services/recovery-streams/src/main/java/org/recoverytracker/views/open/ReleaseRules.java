package org.recoverytracker.views.open;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.recoverytracker.disclosure.Contributions;
import org.recoverytracker.disclosure.Flag;
import org.recoverytracker.disclosure.OpenFigure;
import org.recoverytracker.disclosure.Sdc1;
import org.recoverytracker.disclosure.SecondarySuppression;
import org.recoverytracker.views.open.FigureBasis.MeasureBasis;

/**
 * Profile {@code sdc-1} over a whole release: the primary rules for each figure (1–5, from
 * {@link Sdc1}), rule 7 against what the previous release published, then rule 6 over every
 * table until none changes. Pure: the same exact figures and basis always give the same release.
 *
 * <p>Choices where the contract is silent (also in the module's README):
 *
 * <ul>
 *   <li>Rule 7 compares with the value last <em>published</em> (and the contributions behind it),
 *       not with the previous release's answer: a figure suppressed for a release and published
 *       again later can't reveal a change between the two either. A figure never published before
 *       is published as the primary rules allow; a suppressed one stays suppressed, never held.
 *   <li>The net job change is held when either of its inputs is, so that it can't reveal the
 *       change held back; otherwise it follows rule 5.
 *   <li>{@code r} marks a week's figure that differs from the value first published for that week.
 *   <li>A figure's {@code lastUpdated} moves only when one of its published values changes: a
 *       change held back (or too small to show after rounding) does not reveal its day.
 * </ul>
 */
final class ReleaseRules {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** The release's figures and the basis the next release compares with. */
    record Outcome(SortedMap<String, OpenCell> cells, Map<String, FigureBasis> basis) {}

    private ReleaseRules() {}

    /**
     * @param previous the basis of each figure as the latest release left it, by scope key
     */
    static Outcome apply(ExactFigures exact, Map<String, FigureBasis> previous) {
        final List<ExactFigures.Table> tables = exact.tables();
        final Map<OpenMeasure, Map<Scope, OpenFigure>> shown = new EnumMap<>(OpenMeasure.class);
        final Map<OpenMeasure, Map<Scope, Map<String, Long>>> contributions = new EnumMap<>(OpenMeasure.class);
        for (OpenMeasure measure : OpenMeasure.values()) {
            if (measure == OpenMeasure.NET_JOB_CHANGE) {
                continue;
            }
            final Map<Scope, OpenFigure> figures = new HashMap<>();
            final Map<Scope, Map<String, Long>> byScope = new HashMap<>();
            final Map<Scope, Long> totals = new HashMap<>();
            exact.figures().forEach((scope, figure) -> {
                final Map<String, Long> parts = figure.contributions(measure);
                final Contributions made = Contributions.of(parts.values());
                byScope.put(scope, parts);
                totals.put(scope, made.total());
                figures.put(scope, heldBack(measure.primary(made), basisOf(previous, scope, measure), parts));
            });
            protect(tables, figures, totals);
            shown.put(measure, figures);
            contributions.put(measure, byScope);
        }
        shown.put(OpenMeasure.NET_JOB_CHANGE, netJobChanges(exact, previous, shown, contributions, tables));

        final SortedMap<String, OpenCell> cells = new TreeMap<>();
        final Map<String, FigureBasis> basis = new LinkedHashMap<>();
        exact.figures().forEach((scope, figure) -> {
            final Map<String, Long> values = new LinkedHashMap<>();
            final Map<String, List<String>> flags = new LinkedHashMap<>();
            final Map<String, MeasureBasis> next = new HashMap<>();
            for (OpenMeasure measure : OpenMeasure.values()) {
                final MeasureBasis before = basisOf(previous, scope, measure);
                final OpenFigure published = revised(scope, shown.get(measure).get(scope), before);
                values.put(measure.field(), published.value());
                if (!published.flags().isEmpty()) {
                    flags.put(measure.field(), symbols(published.flags()));
                }
                final MeasureBasis after = nextBasis(
                        published,
                        before,
                        measure == OpenMeasure.NET_JOB_CHANGE
                                ? Map.of()
                                : contributions.get(measure).get(scope));
                if (after != null) {
                    next.put(measure.field(), after);
                }
            }
            final FigureBasis before = previous.get(scope.key());
            final String shownNow = values.toString();
            final LocalDate lastUpdated = before != null && shownNow.equals(before.shown())
                    ? before.lastUpdated()
                    : figure.lastUpdated() == 0
                            ? null
                            : LocalDate.ofInstant(Instant.ofEpochMilli(figure.lastUpdated()), UK);
            cells.put(scope.key(), new OpenCell(values, flags, lastUpdated));
            basis.put(scope.key(), new FigureBasis(next, shownNow, lastUpdated));
        });
        return new Outcome(cells, basis);
    }

    /**
     * Rule 7: a figure whose change since its last published value comes from fewer than 3
     * organisations keeps that value, flagged {@code p}.
     */
    private static OpenFigure heldBack(OpenFigure primary, MeasureBasis before, Map<String, Long> now) {
        if (before == null || before.published() == null || !primary.published()) {
            return primary;
        }
        final int changed = before.organisationsChanged(now);
        if (changed > 0 && changed < Sdc1.MIN_ORGANISATIONS) {
            return new OpenFigure(before.published(), Set.of(Flag.HELD_BACK));
        }
        return primary;
    }

    /** Rule 5, held back with its inputs, then rule 6 over its own tables. */
    private static Map<Scope, OpenFigure> netJobChanges(
            ExactFigures exact,
            Map<String, FigureBasis> previous,
            Map<OpenMeasure, Map<Scope, OpenFigure>> shown,
            Map<OpenMeasure, Map<Scope, Map<String, Long>>> contributions,
            List<ExactFigures.Table> tables) {
        final Map<Scope, OpenFigure> nets = new HashMap<>();
        final Map<Scope, Long> exactNets = new HashMap<>();
        for (Scope scope : exact.figures().keySet()) {
            final OpenFigure created = shown.get(OpenMeasure.JOBS_CREATED).get(scope);
            final OpenFigure lost = shown.get(OpenMeasure.JOBS_LOST).get(scope);
            final Contributions exactCreated = Contributions.of(
                    contributions.get(OpenMeasure.JOBS_CREATED).get(scope).values());
            final Contributions exactLost = Contributions.of(
                    contributions.get(OpenMeasure.JOBS_LOST).get(scope).values());
            exactNets.put(scope, exactCreated.total() - exactLost.total());
            final boolean inputHeld =
                    created.flags().contains(Flag.HELD_BACK) || lost.flags().contains(Flag.HELD_BACK);
            if (created.published() && lost.published() && inputHeld) {
                final MeasureBasis before = basisOf(previous, scope, OpenMeasure.NET_JOB_CHANGE);
                nets.put(
                        scope,
                        before == null || before.published() == null
                                ? new OpenFigure(null, Set.of(Flag.CONFIDENTIAL))
                                : new OpenFigure(before.published(), Set.of(Flag.HELD_BACK)));
            } else {
                nets.put(scope, Sdc1.netJobChange(exactCreated, exactLost, created, lost));
            }
        }
        protect(tables, nets, exactNets);
        return nets;
    }

    /** Rule 6 over every table, again and again until no table changes (each pass only suppresses more). */
    private static void protect(
            List<ExactFigures.Table> tables, Map<Scope, OpenFigure> figures, Map<Scope, Long> exact) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (ExactFigures.Table table : tables) {
                final List<OpenFigure> parts = new ArrayList<>(table.parts().size());
                final List<Long> exactParts = new ArrayList<>(table.parts().size());
                for (Scope part : table.parts()) {
                    parts.add(figures.get(part));
                    exactParts.add(exact.get(part));
                }
                final SecondarySuppression.Table after =
                        SecondarySuppression.protect(figures.get(table.total()), parts, exactParts);
                if (!after.total().equals(figures.get(table.total()))) {
                    figures.put(table.total(), after.total());
                    changed = true;
                }
                for (int i = 0; i < parts.size(); i++) {
                    if (!after.parts().get(i).equals(parts.get(i))) {
                        figures.put(table.parts().get(i), after.parts().get(i));
                        changed = true;
                    }
                }
            }
        }
    }

    /** A week's published figure that differs from what was first published for it is flagged {@code r}. */
    private static OpenFigure revised(Scope scope, OpenFigure figure, MeasureBasis before) {
        if (!scope.isWeek()
                || !figure.published()
                || before == null
                || before.first() == null
                || before.first().equals(figure.value())) {
            return figure;
        }
        final Set<Flag> flags = EnumSet.of(Flag.REVISED);
        flags.addAll(figure.flags());
        return new OpenFigure(figure.value(), flags);
    }

    /** The basis moves on with a newly published value; a held or suppressed figure keeps the old one. */
    private static MeasureBasis nextBasis(OpenFigure published, MeasureBasis before, Map<String, Long> now) {
        if (!published.published() || published.flags().contains(Flag.HELD_BACK)) {
            return before;
        }
        final Long first = before == null || before.first() == null ? published.value() : before.first();
        return new MeasureBasis(published.value(), first, now);
    }

    private static MeasureBasis basisOf(Map<String, FigureBasis> previous, Scope scope, OpenMeasure measure) {
        final FigureBasis basis = previous.get(scope.key());
        return basis == null ? null : basis.of(measure);
    }

    private static List<String> symbols(Set<Flag> flags) {
        return flags.stream().sorted().map(Flag::symbol).toList();
    }
}
