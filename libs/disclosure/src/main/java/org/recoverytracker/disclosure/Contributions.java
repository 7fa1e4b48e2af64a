package org.recoverytracker.disclosure;

import java.util.Collection;

/**
 * What a figure is made of, exactly: its total, how many distinct organisations contributed to it
 * (an organisation is its company number, else its normalised name), and the two largest of their
 * contributions. All the rules need, and little enough to keep beside every figure.
 *
 * @param organisations the organisations whose contribution is not zero
 * @param largest the largest contribution (in absolute value); 0 without contributions
 * @param secondLargest the second largest; 0 with fewer than two contributions
 */
public record Contributions(long total, int organisations, long largest, long secondLargest) {

    /** A figure nobody contributed to. */
    public static final Contributions NONE = new Contributions(0, 0, 0, 0);

    public Contributions {
        final boolean consistent = organisations == 0
                ? total == 0 && largest == 0 && secondLargest == 0
                : largest > 0 && secondLargest <= largest && (organisations == 1) == (secondLargest == 0);
        if (organisations < 0 || secondLargest < 0 || !consistent) {
            throw new IllegalArgumentException("not contributions: " + organisations + " organisations, largest "
                    + largest + ", second " + secondLargest);
        }
    }

    /** From each organisation's net contribution (its events' sum); zeros are no contribution. */
    public static Contributions of(Collection<Long> byOrganisation) {
        long total = 0;
        int organisations = 0;
        long largest = 0;
        long second = 0;
        for (long contribution : byOrganisation) {
            if (contribution == 0) {
                continue;
            }
            total += contribution;
            organisations++;
            final long size = Math.abs(contribution);
            if (size > largest) {
                second = largest;
                largest = size;
            } else if (size > second) {
                second = size;
            }
        }
        return new Contributions(total, organisations, largest, second);
    }

    /**
     * Whether one contributor dominates the figure: what the others beyond the two largest
     * contribute is less than 10% of the largest (the BRES dominance rule), so that the second
     * largest could estimate the largest closely from the figure.
     */
    public boolean dominated() {
        return organisations > 0 && 10 * (Math.abs(total) - largest - secondLargest) < largest;
    }
}
