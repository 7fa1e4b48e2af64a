package org.recoverytracker.helm;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The values every rendering check runs with: the defaults and the production example. */
final class RenderedValues {

    private RenderedValues() {}

    static Stream<Arguments> defaultAndProduction() {
        return Stream.of(
                Arguments.of("default values", HelmChart.renderDefaults()),
                Arguments.of("production values", HelmChart.renderProduction()));
    }
}
