package org.recoverytracker.testsupport.scenario;

import org.recoverytracker.testsupport.http.Http;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The events the system tests tell their stories with — Hounslow's airport redundancies,
 * Belfast's grants, Bradford's heat pumps — as the partners post them. Each call returns a new
 * JSON object to change as a test needs ({@code .put("jobs", 900)}), so a test states only how its
 * event differs from the usual one.
 */
public final class ScenarioEvents {

    /** Bradford's green jobs as a CSV batch of one row. */
    public static final String BRADFORD_HEAT_PUMPS_CSV = """
            eventId,place,sicCode,occurredOn,organisationName,activity,jobsCreated,investmentPence
            heat-001,E08000032,43.22,2022-09-05,Aire Valley Heat Pumps Ltd,LOW_CARBON_HEAT,40,120000000
            """;

    private ScenarioEvents() {}

    /** Hounslow, April 2020: 1,200 air-transport jobs at risk at Heathrow Airline Services (posted as {@code hr1-2020-0412}). */
    public static ObjectNode heathrowRedundancies() {
        return object("""
                {"place": "E09000018", "sicCode": "51.10", "occurredOn": "2020-04-14",
                 "employer": {"name": "Heathrow Airline Services Ltd"}, "jobs": 1200, "status": "PROPOSED"}""");
    }

    /** The same redundancies confirmed: 900 jobs lost. */
    public static ObjectNode heathrowRedundanciesConfirmed() {
        return heathrowRedundancies().put("jobs", 900).put("status", "CONFIRMED");
    }

    /** Belfast, February 2021: two Additional Restrictions Grants (eventIds {@code arg-001}, {@code arg-002}). */
    public static ArrayNode belfastGrants() {
        return (ArrayNode) Http.JSON.readTree("""
                [{"eventId": "arg-001", "place": "N09000003", "sicCode": "56.10", "occurredOn": "2021-02-01",
                  "recipient": {"name": "Cathedral Quarter Kitchen Ltd"}, "programme": "Additional Restrictions Grant",
                  "supportType": "GRANT", "amountPence": 2500000, "jobsSafeguarded": 8, "jobsCreated": 2},
                 {"eventId": "arg-002", "place": "N09000003", "sector": "I", "occurredOn": "2021-02-03",
                  "recipient": {"name": "Titanic Quarter Hotel Ltd"}, "programme": "Additional Restrictions Grant",
                  "supportType": "GRANT", "amountPence": 4000000, "jobsSafeguarded": 30, "jobsCreated": 0}]""");
    }

    private static ObjectNode object(String json) {
        return (ObjectNode) Http.JSON.readTree(json);
    }
}
