package org.recoverytracker.ingest.businesssupport.giving;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recoverytracker.testsupport.giving.GivingPackageSchema;

class GivingPackageSchemaTest {

    @Test
    void theTestPackageIsValid360GivingData() {
        assertThat(GivingPackageSchema.errors(GivingPackageSchema.resource("packages/three-grants.json")))
                .isEmpty();
    }

    @Test
    void theSchemaRefusesAGrantWithoutWhatTheStandardRequires() {
        final String withoutCurrency =
                GivingPackageSchema.resource("packages/three-grants.json").replaceFirst("\"currency\": \"GBP\",", "");

        assertThat(GivingPackageSchema.errors(withoutCurrency)).isNotEmpty();
    }

    @Test
    void theSchemaRefusesAnAmountThatIsNotANumber() {
        final String textAmount = GivingPackageSchema.resource("packages/three-grants.json")
                .replace("\"amountAwarded\": 25000", "\"amountAwarded\": \"25000\"");

        assertThat(GivingPackageSchema.errors(textAmount)).isNotEmpty();
    }
}
