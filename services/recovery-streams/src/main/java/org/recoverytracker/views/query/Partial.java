package org.recoverytracker.views.query;

import java.util.List;

/**
 * What one instance holds of a view that spans places: its share, and the partitions (of the
 * place repartition topic) it was read from, so that the gatherer can check every partition was
 * counted exactly once.
 */
public record Partial<T>(List<Integer> partitions, List<T> entries) {}
