package org.recoverytracker.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Rule 6 of {@code sdc-1}: no published total may reveal a suppressed part by subtraction. In a
 * table of one measure — the sectors of a place, the places of a region or an area — a total that
 * is published beside exactly one suppressed part would give it away (the total less the parts
 * shown), so a second part is suppressed too: the smallest published one, which loses the least.
 * When there is no other part to suppress, the total is.
 *
 * <p>One table at a time: a part suppressed here may be a total, or a part, of another table (a
 * place in its region and its sectors), so a caller applies the rule to every table until none
 * changes.
 */
public final class SecondarySuppression {

    /** A table after the rule: its total and its parts, in the order given. */
    public record Table(OpenFigure total, List<OpenFigure> parts) {

        public Table {
            parts = List.copyOf(parts);
        }
    }

    private SecondarySuppression() {}

    /**
     * @param total the table's total as primary suppression left it
     * @param parts the parts as primary suppression left them
     * @param exactParts the parts' exact values, in the same order, to choose the part that loses least
     */
    public static Table protect(OpenFigure total, List<OpenFigure> parts, List<Long> exactParts) {
        if (parts.size() != exactParts.size()) {
            throw new IllegalArgumentException("a value for each part");
        }
        final List<OpenFigure> protectedParts = new ArrayList<>(parts);
        final long suppressed =
                protectedParts.stream().filter(part -> !part.published()).count();
        if (!total.published() || suppressed != 1) {
            return new Table(total, protectedParts);
        }
        final Comparator<Integer> leastLoss = Comparator.comparingLong(index -> Math.abs(exactParts.get(index)));
        final var complement = IntStream.range(0, protectedParts.size())
                .boxed()
                .filter(index -> protectedParts.get(index).published())
                .min(leastLoss.thenComparing(index -> index));
        if (complement.isEmpty()) {
            return new Table(OpenFigure.confidential(), protectedParts);
        }
        protectedParts.set(complement.get(), OpenFigure.confidential());
        return new Table(total, protectedParts);
    }
}
