package org.recoverytracker.views.open;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One figure of a release as the open views show it: each measure's published value (null when
 * suppressed) and its GSS flags, in the contract's order of measures.
 *
 * @param flags the symbols of each measure that has any ({@code c}, {@code k}, {@code p}, {@code r})
 * @param lastUpdated the day of the last change of a place × sector; null for other figures
 */
public record OpenCell(Map<String, Long> values, Map<String, List<String>> flags, LocalDate lastUpdated) {}
