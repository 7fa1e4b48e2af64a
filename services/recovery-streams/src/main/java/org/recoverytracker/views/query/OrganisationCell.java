package org.recoverytracker.views.query;

import java.time.LocalDate;
import org.recoverytracker.views.topology.Measures;

/**
 * What one organisation's live events add to one place × sector × week, for disclosure control:
 * the organisation only as the hash of its key ({@link Organisations}), never by name.
 */
public record OrganisationCell(
        String place, String sector, LocalDate weekStart, String organisation, Measures measures) {}
