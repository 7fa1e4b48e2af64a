package org.recoverytracker.bench.report;

import tools.jackson.databind.JsonNode;

/**
 * The streams step's runs on the same backlog: exactly-once before and after at-least-once, so that
 * neither guarantee always gets the machine in the same state (page cache, the broker's JIT, other
 * tenants' load), and exactly-once on three instances. A figure of exactly-once is the mean of its two
 * runs.
 */
record StreamsRuns(JsonNode eosFirst, JsonNode alos, JsonNode eosLast, JsonNode scaleOut) {

    /** The mean of a figure over both exactly-once runs on one instance. */
    double eos(String figure) {
        return (eosFirst.path(figure).asDouble() + eosLast.path(figure).asDouble()) / 2;
    }

    double alos(String figure) {
        return alos.path(figure).asDouble();
    }

    double scaleOut(String figure) {
        return scaleOut.path(figure).asDouble();
    }

    long events() {
        return eosLast.path("events").asLong();
    }

    int scaleOutInstances() {
        return scaleOut.path("instances").asInt();
    }
}
