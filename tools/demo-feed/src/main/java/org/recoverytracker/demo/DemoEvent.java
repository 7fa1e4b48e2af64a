package org.recoverytracker.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.recoverytracker.schemas.EventKind;

/**
 * An event as a partner posts it, in the contract's terms: one of the three kinds, without its
 * event id (the id is the partner's handle on the event, not part of its content).
 *
 * <p>Organisations carry a name only: the demo's employers and businesses are invented, and a
 * Companies House number would point at a real company that had nothing to do with the story.
 */
public sealed interface DemoEvent {

    EventKind kind();

    /** GSS code of the place. */
    String place();

    /** UK SIC 2007 code, a division with optional class digits, e.g. {@code 51.10}. */
    String sicCode();

    /** The day it happened (notified, awarded, created). */
    LocalDate occurredOn();

    /** Name of the employer, recipient or organisation. */
    String organisation();

    /** The kind's own fields, in the contract's names and order, after the common ones. */
    Map<String, Object> kindFields();

    /** One line for the feed's log. */
    String describe();

    /** The JSON object of the event (without eventId), in the contract's field names. */
    default Map<String, Object> fields() {
        final Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("place", place());
        fields.put("sicCode", sicCode());
        fields.put("occurredOn", occurredOn().toString());
        fields.put(kind().organisationField(), Map.of("name", organisation()));
        fields.putAll(kindFields());
        return fields;
    }

    /** Pounds in pence, the unit of the contract's money fields. */
    static long pounds(long pounds) {
        return Math.multiplyExact(pounds, 100L);
    }

    /** Job-loss status: notified (HR1-style, the jobs are at risk) or confirmed (the jobs are lost). */
    enum Status {
        PROPOSED,
        CONFIRMED
    }

    /** Business-support forms. */
    enum SupportType {
        GRANT,
        LOAN,
        EQUITY,
        ADVICE,
        TRAINING
    }

    /** The six groups of the ONS Low Carbon and Renewable Energy Economy survey. */
    enum Activity {
        LOW_CARBON_ELECTRICITY,
        LOW_CARBON_HEAT,
        ENERGY_FROM_WASTE_AND_BIOMASS,
        ENERGY_EFFICIENT_PRODUCTS,
        LOW_CARBON_SERVICES,
        LOW_EMISSION_VEHICLES
    }

    /** Redundancies proposed or confirmed by an employer. */
    record JobLoss(String place, String sicCode, LocalDate occurredOn, String organisation, int jobs, Status status)
            implements DemoEvent {

        @Override
        public EventKind kind() {
            return EventKind.JOB_LOSS;
        }

        @Override
        public Map<String, Object> kindFields() {
            final Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("jobs", jobs);
            fields.put("status", status.name());
            return fields;
        }

        @Override
        public String describe() {
            return organisation + ": " + jobs + (status == Status.PROPOSED ? " jobs at risk" : " jobs lost") + " ("
                    + status + ", SIC " + sicCode + ", " + occurredOn + ")";
        }

        /** The same redundancies, confirmed on a later day with the final number. */
        public JobLoss confirmed(LocalDate on, int finalJobs) {
            return new JobLoss(place, sicCode, on, organisation, finalJobs, Status.CONFIRMED);
        }
    }

    /** A grant, loan, equity, advice or training award to a business. */
    record BusinessSupport(
            String place,
            String sicCode,
            LocalDate occurredOn,
            String organisation,
            String programme,
            SupportType supportType,
            long amountPence,
            int jobsSafeguarded,
            int jobsCreated)
            implements DemoEvent {

        @Override
        public EventKind kind() {
            return EventKind.BUSINESS_SUPPORT;
        }

        @Override
        public Map<String, Object> kindFields() {
            final Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("programme", programme);
            fields.put("supportType", supportType.name());
            fields.put("amountPence", amountPence);
            fields.put("jobsSafeguarded", jobsSafeguarded);
            fields.put("jobsCreated", jobsCreated);
            return fields;
        }

        @Override
        public String describe() {
            final String amount = amountPence == 0 ? "" : " of £" + String.format("%,d", amountPence / 100);
            return organisation + ": " + supportType + amount + " from " + programme + ", " + jobsSafeguarded
                    + " jobs safeguarded, " + jobsCreated + " created (" + occurredOn + ")";
        }

        /** The same award with a corrected amount. */
        public BusinessSupport withAmountPence(long correctedPence) {
            return new BusinessSupport(
                    place,
                    sicCode,
                    occurredOn,
                    organisation,
                    programme,
                    supportType,
                    correctedPence,
                    jobsSafeguarded,
                    jobsCreated);
        }
    }

    /** Green jobs and investment by an organisation in a low-carbon activity. */
    record GreenEconomy(
            String place,
            String sicCode,
            LocalDate occurredOn,
            String organisation,
            Activity activity,
            int jobsCreated,
            long investmentPence)
            implements DemoEvent {

        @Override
        public EventKind kind() {
            return EventKind.GREEN_ECONOMY;
        }

        @Override
        public Map<String, Object> kindFields() {
            final Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("activity", activity.name());
            fields.put("jobsCreated", jobsCreated);
            fields.put("investmentPence", investmentPence);
            return fields;
        }

        @Override
        public String describe() {
            return organisation + ": " + jobsCreated + " green jobs, £" + String.format("%,d", investmentPence / 100)
                    + " invested in " + activity + " (" + occurredOn + ")";
        }
    }
}
