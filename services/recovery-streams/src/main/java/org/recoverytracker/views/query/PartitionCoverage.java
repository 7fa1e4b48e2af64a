package org.recoverytracker.views.query;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rule that keeps a gathered view whole: the shares of the instances must between them have
 * been read from every partition of the place views exactly once. During a rebalance a partition
 * may be on no instance (moving) or on two (one that has not yet noticed it lost it); a sum over
 * such shares would lack a partition's places or count them twice, so it is refused instead.
 */
final class PartitionCoverage {

    private PartitionCoverage() {}

    /**
     * @param covered the partitions every share was read from, one entry per share and partition
     * @param partitions how many partitions the place views have
     * @throws ViewsUnavailableException unless {@code covered} is every partition exactly once
     */
    static void requireEveryPartitionOnce(List<Integer> covered, int partitions) {
        final Set<Integer> distinct = new TreeSet<>(covered);
        final boolean everyOne = distinct.size() == partitions
                && distinct.stream().allMatch(partition -> partition >= 0 && partition < partitions);
        if (!everyOne || covered.size() != distinct.size()) {
            throw new ViewsUnavailableException("The views are moving between instances (" + distinct.size() + " of "
                    + partitions + " partitions available" + (covered.size() > distinct.size() ? ", some twice" : "")
                    + ").");
        }
    }
}
