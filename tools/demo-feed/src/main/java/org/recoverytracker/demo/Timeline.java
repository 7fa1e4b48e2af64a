package org.recoverytracker.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.recoverytracker.demo.DemoEvent.Activity;
import org.recoverytracker.demo.DemoEvent.BusinessSupport;
import org.recoverytracker.demo.DemoEvent.GreenEconomy;
import org.recoverytracker.demo.DemoEvent.JobLoss;
import org.recoverytracker.demo.DemoEvent.Status;
import org.recoverytracker.demo.DemoEvent.SupportType;
import org.recoverytracker.demo.Step.Format;
import org.recoverytracker.demo.Step.Identified;
import org.recoverytracker.schemas.EventKind;

/**
 * Writes one council's part of the story as the requests it makes, in the words of the domain:
 * redundancies notified then confirmed, awards, green investments, a correction, a retraction, a
 * quarterly return. Every event is for the council's own place, and is never posted before it
 * happened.
 */
final class Timeline {

    private final Partner partner;
    private final List<Step> steps = new ArrayList<>();

    Timeline(Partner partner) {
        this.partner = partner;
    }

    Partner partner() {
        return partner;
    }

    List<Step> steps() {
        return List.copyOf(steps);
    }

    /** An HR1-style notification: the jobs are at risk while the consultation runs. */
    JobLoss atRisk(String eventId, String employer, String sicCode, LocalDate notified, int jobs) {
        final JobLoss proposed = new JobLoss(partner.place(), sicCode, notified, employer, jobs, Status.PROPOSED);
        put(eventId, proposed, notified, "HR1 notified");
        return proposed;
    }

    /**
     * Redundancies notified, then confirmed after the consultation with fewer jobs: the confirmation
     * replaces the notification (same event id), so the jobs move from "at risk" to "lost" and are
     * never counted twice.
     */
    void redundancies(
            String eventId,
            String employer,
            String sicCode,
            LocalDate notified,
            int proposedJobs,
            LocalDate confirmedOn,
            int confirmedJobs) {
        if (confirmedJobs > proposedJobs || !confirmedOn.isAfter(notified)) {
            throw new IllegalArgumentException(
                    eventId + ": a confirmation comes later, with at most the jobs notified");
        }
        final JobLoss proposed = atRisk(eventId, employer, sicCode, notified, proposedJobs);
        put(
                eventId,
                proposed.confirmed(confirmedOn, confirmedJobs),
                confirmedOn,
                "confirmed after consultation (" + proposedJobs + " notified)");
    }

    /** Redundancies that were never consulted on: an employer that collapsed. */
    void jobsLost(String eventId, String employer, String sicCode, LocalDate on, int jobs) {
        put(eventId, new JobLoss(partner.place(), sicCode, on, employer, jobs, Status.CONFIRMED), on, "jobs lost");
    }

    /** A grant, loan, equity, advice or training award, reported on the day. */
    BusinessSupport award(
            String eventId,
            String recipient,
            String sicCode,
            LocalDate on,
            String programme,
            SupportType type,
            long amountPence,
            int jobsSafeguarded,
            int jobsCreated) {
        final BusinessSupport award = new BusinessSupport(
                partner.place(), sicCode, on, recipient, programme, type, amountPence, jobsSafeguarded, jobsCreated);
        put(eventId, award, on, "award");
        return award;
    }

    /** Green jobs and investment, reported on the day. */
    void green(
            String eventId,
            String organisation,
            String sicCode,
            LocalDate on,
            Activity activity,
            int jobsCreated,
            long investmentPence) {
        put(
                eventId,
                new GreenEconomy(partner.place(), sicCode, on, organisation, activity, jobsCreated, investmentPence),
                on,
                "green economy");
    }

    /** Any event, posted on a given day. */
    void put(String eventId, DemoEvent event, LocalDate postedOn, String note) {
        requireOwnPlace(event);
        if (event.occurredOn().isAfter(postedOn)) {
            throw new IllegalArgumentException(eventId + " is posted on " + postedOn + ", before it happened");
        }
        steps.add(new Step.Put(partner, eventId, event, postedOn, note));
    }

    /** Replaces an event the council posted earlier, e.g. to fix a mistyped amount. */
    void correct(String eventId, DemoEvent corrected, LocalDate postedOn, String why) {
        put(eventId, corrected, postedOn, "correction: " + why);
    }

    /** Retracts an event the council posted earlier, e.g. one keyed twice. */
    void retract(EventKind kind, String eventId, LocalDate postedOn, String why) {
        steps.add(new Step.Retract(partner, kind, eventId, postedOn, "retraction: " + why));
    }

    /** Sends several events at once, as a JSON array or a CSV file (a grant system's export). */
    void batch(EventKind kind, Format format, List<Identified> events, LocalDate postedOn, String what) {
        for (Identified item : events) {
            requireOwnPlace(item.event());
            if (item.event().kind() != kind || item.event().occurredOn().isAfter(postedOn)) {
                throw new IllegalArgumentException(
                        item.eventId() + " does not belong in a " + kind.id() + " batch posted on " + postedOn);
            }
        }
        steps.add(new Step.Batch(partner, kind, format, events, postedOn, what));
    }

    /** Each event of a series as its own PUT, on the day it happened. */
    void putEach(List<Identified> events, String note) {
        events.forEach(item -> put(item.eventId(), item.event(), item.event().occurredOn(), note));
    }

    private void requireOwnPlace(DemoEvent event) {
        if (!event.place().equals(partner.place())) {
            throw new IllegalArgumentException(partner.id() + " may only write for " + partner.place());
        }
    }
}
