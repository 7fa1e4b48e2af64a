package org.recoverytracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.recoverytracker.stack.RecoveryStack;
import org.recoverytracker.testsupport.http.Http;
import org.recoverytracker.testsupport.scenario.ScenarioEvents;

/**
 * The scenario's reports posted through a running stack's three ingest APIs with the local
 * partners' keys, as partners post them; each must be accepted (202).
 */
public final class ScenarioPosts {

    private static final String HOUNSLOW = "local-hounslow-key";

    private final RecoveryStack stack;

    private ScenarioPosts(RecoveryStack stack) {
        this.stack = stack;
    }

    public static ScenarioPosts to(RecoveryStack stack) {
        return new ScenarioPosts(stack);
    }

    public String jobLosses() {
        return stack.jobLoss().baseUrl() + "/v1/job-losses";
    }

    public String businessSupport() {
        return stack.businessSupport().baseUrl() + "/v1/business-support";
    }

    public String greenEconomy() {
        return stack.greenEconomy().baseUrl() + "/v1/green-economy";
    }

    /**
     * Hounslow: 1,200 air-transport jobs at risk at Heathrow ({@code hr1-2020-0412}), then the same
     * event corrected to 900 confirmed lost: one live event, version 2.
     */
    public void heathrowRedundanciesThenConfirmed() {
        accepted(Http.put(
                jobLosses() + "/hr1-2020-0412",
                HOUNSLOW,
                ScenarioEvents.heathrowRedundancies().toString()));
        accepted(Http.put(
                jobLosses() + "/hr1-2020-0412",
                HOUNSLOW,
                ScenarioEvents.heathrowRedundanciesConfirmed().toString()));
    }

    /** Belfast: two grants in one JSON batch. */
    public void belfastGrantsInABatch() {
        accepted(Http.post(
                businessSupport(),
                "local-belfast-key",
                "application/json",
                ScenarioEvents.belfastGrants().toString()));
    }

    /** Bradford: green jobs in one CSV batch. */
    public void bradfordHeatPumpsInACsvBatch() {
        accepted(Http.post(greenEconomy(), "local-bradford-key", "text/csv", ScenarioEvents.BRADFORD_HEAT_PUMPS_CSV));
    }

    /** Requires a 202, showing the answer's body otherwise: it says what was refused and why. */
    public static void accepted(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(202);
    }
}
