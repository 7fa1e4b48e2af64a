package org.recoverytracker.system.page;

import static org.recoverytracker.system.ScenarioPosts.accepted;

import org.recoverytracker.stack.RecoveryStack;
import org.recoverytracker.system.ScenarioPosts;
import org.recoverytracker.testsupport.http.Http;

/**
 * The reports the dashboard tests start from, posted through the three ingest APIs with the local
 * partners' keys, as partners would: Hounslow's Heathrow job losses (one corrected), a grant with
 * pence and a green project; another London borough, so that London is more than Hounslow; Belfast's
 * grants and Bradford's green jobs. Then, during a test, new retail redundancies in Hounslow.
 */
final class DashboardEvents {

    /** Live events after {@link #postTheFirstReports}: the corrected job loss counts once. */
    static final long FIRST_REPORTS = 8;

    static final long RETAIL_JOBS_LOST = 250;
    static final String RETAIL_WEEK = "2021-03-01";

    private DashboardEvents() {}

    static void postTheFirstReports(RecoveryStack stack) {
        final ScenarioPosts posts = ScenarioPosts.to(stack);
        final String jobLosses = posts.jobLosses();

        posts.heathrowRedundanciesThenConfirmed();
        accepted(Http.put(jobLosses + "/hr1-2020-0610", "local-hounslow-key", """
                {"place": "E09000018", "sicCode": "33.16", "occurredOn": "2020-06-10",
                 "employer": {"name": "Aero Engine Overhaul Ltd"}, "jobs": 300, "status": "PROPOSED"}"""));
        accepted(Http.put(posts.businessSupport() + "/crf-2020-017", "local-hounslow-key", """
                {"place": "E09000018", "sicCode": "56.10", "occurredOn": "2020-09-08",
                 "recipient": {"name": "Feltham Kitchens Ltd"}, "programme": "Covid Recovery Fund",
                 "supportType": "GRANT", "amountPence": 2500050, "jobsSafeguarded": 25, "jobsCreated": 12}"""));
        accepted(Http.put(posts.greenEconomy() + "/ev-2021-003", "local-hounslow-key", """
                {"place": "E09000018", "sicCode": "35.11", "occurredOn": "2021-06-14",
                 "organisation": {"name": "Hounslow EV Charging Ltd"}, "activity": "LOW_EMISSION_VEHICLES",
                 "jobsCreated": 15, "investmentPence": 50000000}"""));
        accepted(Http.put(jobLosses + "/ealing-hr1-2020-0420", "local-national-key", """
                {"place": "E09000009", "sicCode": "51.10", "occurredOn": "2020-04-20",
                 "employer": {"name": "Airport Catering Ltd"}, "jobs": 400, "status": "CONFIRMED"}"""));
        posts.belfastGrantsInABatch();
        posts.bradfordHeatPumpsInACsvBatch();
    }

    /** 250 retail jobs confirmed lost in Hounslow in the week of 1 March 2021: a new sector and a new week. */
    static void reportRetailRedundanciesInHounslow(RecoveryStack stack) {
        accepted(Http.put(stack.jobLoss().baseUrl() + "/v1/job-losses/hr1-2021-0302", "local-hounslow-key", """
                {"place": "E09000018", "sicCode": "47.11", "occurredOn": "2021-03-02",
                 "employer": {"name": "Treaty Centre Stores Ltd"}, "jobs": 250, "status": "CONFIRMED"}"""));
    }
}
