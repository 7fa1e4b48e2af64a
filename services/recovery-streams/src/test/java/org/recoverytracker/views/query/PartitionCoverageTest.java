package org.recoverytracker.views.query;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionCoverageTest {

    @Test
    void sharesThatCoverEveryPartitionOnceMakeAWholeView() {
        assertThatCode(() -> PartitionCoverage.requireEveryPartitionOnce(List.of(2, 0, 3, 1), 4))
                .doesNotThrowAnyException();
    }

    @Test
    void aPartitionOnNoInstanceRefusesTheView() {
        assertThatThrownBy(() -> PartitionCoverage.requireEveryPartitionOnce(List.of(0, 1, 3), 4))
                .isInstanceOf(ViewsUnavailableException.class)
                .hasMessage("The views are moving between instances (3 of 4 partitions available).");
    }

    @Test
    void aPartitionReadOnTwoInstancesRefusesTheView() {
        assertThatThrownBy(() -> PartitionCoverage.requireEveryPartitionOnce(List.of(0, 1, 2, 3, 1), 4))
                .isInstanceOf(ViewsUnavailableException.class)
                .hasMessage("The views are moving between instances (4 of 4 partitions available, some twice).");
    }

    @Test
    void aMissingPartitionMadeUpByADoubleOneRefusesTheView() {
        assertThatThrownBy(() -> PartitionCoverage.requireEveryPartitionOnce(List.of(0, 1, 1, 3), 4))
                .isInstanceOf(ViewsUnavailableException.class)
                .hasMessageContaining("3 of 4 partitions available, some twice");
    }

    @Test
    void aPartitionTheViewsDoNotHaveRefusesTheView() {
        assertThatThrownBy(() -> PartitionCoverage.requireEveryPartitionOnce(List.of(0, 1, 2, 4), 4))
                .isInstanceOf(ViewsUnavailableException.class);
    }

    @Test
    void noShareAtAllRefusesTheView() {
        assertThatThrownBy(() -> PartitionCoverage.requireEveryPartitionOnce(List.of(), 4))
                .isInstanceOf(ViewsUnavailableException.class)
                .hasMessageContaining("0 of 4");
    }
}
