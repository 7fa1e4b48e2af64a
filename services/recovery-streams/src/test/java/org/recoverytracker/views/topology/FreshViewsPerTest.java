package org.recoverytracker.views.topology;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * For test classes whose every test starts on empty views: a {@link ViewsDriver} that knows the
 * local partners, in a state directory of its own, started before each test and closed after it.
 */
abstract class FreshViewsPerTest {

    @TempDir
    Path stateDir;

    ViewsDriver driver;

    /** The system clock's time just before the driver started its tasks. */
    long driverStartedAt;

    @BeforeEach
    final void startDriver() {
        driverStartedAt = System.currentTimeMillis();
        driver = new ViewsDriver(stateDir);
    }

    @AfterEach
    final void closeDriver() {
        driver.close();
    }
}
