package org.recoverytracker.ingest.businesssupport.giving;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GivingPackageSchemaTest {

    @Test
    void theTestPackageIsValid360GivingData() {
        assertThat(PackageSchema.errors(PackageSchema.resource("packages/three-grants.json")))
                .isEmpty();
    }

    @Test
    void theSchemaRefusesAGrantWithoutWhatTheStandardRequires() {
        final String withoutCurrency =
                PackageSchema.resource("packages/three-grants.json").replaceFirst("\"currency\": \"GBP\",", "");

        assertThat(PackageSchema.errors(withoutCurrency)).isNotEmpty();
    }

    @Test
    void theSchemaRefusesAnAmountThatIsNotANumber() {
        final String textAmount = PackageSchema.resource("packages/three-grants.json")
                .replace("\"amountAwarded\": 25000", "\"amountAwarded\": \"25000\"");

        assertThat(PackageSchema.errors(textAmount)).isNotEmpty();
    }
}
