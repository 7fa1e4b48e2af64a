package org.recoverytracker.views.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.views.topology.EventProvenance;
import org.recoverytracker.views.topology.EventRef;

/** Who counts as one organisation when disclosure control counts contributors. */
class OrganisationsTest {

    @Test
    void anOrganisationIsItsCompanyNumberWhateverItsName() {
        assertThat(Organisations.keyOf(of("Acme Widgets Ltd", "01234567")))
                .isEqualTo(Organisations.keyOf(of("ACME (Holdings) PLC", " 0123 4567 ")))
                .isNotEqualTo(Organisations.keyOf(of("Acme Widgets Ltd", "07654321")))
                .isNotEqualTo(Organisations.keyOf(of("Acme Widgets Ltd", null)));
    }

    @Test
    void withoutACompanyNumberItIsItsNameNormalised() {
        final String key = Organisations.keyOf(of("Acme Widgets Limited", null));
        assertThat(Organisations.keyOf(of("  ACME   widgets ltd.", null))).isEqualTo(key);
        assertThat(Organisations.keyOf(of("Acme-Widgets", " "))).isEqualTo(key);
        assertThat(Organisations.keyOf(of("Acme Gadgets Ltd", null))).isNotEqualTo(key);
        assertThat(Organisations.normalisedName("Café & Bar Co")).isEqualTo("cafe and bar");
        assertThat(Organisations.normalisedName("Limited Editions Ltd")).isEqualTo("limited editions");
    }

    @Test
    void everyEventOfUnknownOrganisationCountsAsOneOrganisation() {
        assertThat(Organisations.keyOf(null))
                .isEqualTo(Organisations.keyOf(null))
                .hasSize(16);
        assertThat(Organisations.keyOf(of("unknown", null))).isNotEqualTo(Organisations.keyOf(null));
    }

    private static EventProvenance of(String organisation, String companyNumber) {
        return new EventProvenance(
                new EventRef(EventKind.JOB_LOSS, "hounslow-council", "hr1-0001", 1),
                0,
                1,
                EventKind.JOB_LOSS.topic(),
                0,
                0,
                "",
                "",
                LocalDate.of(2024, 1, 1),
                organisation,
                companyNumber,
                null);
    }
}
