package org.recoverytracker.ingest.jobloss;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.recoverytracker.events.JobLossEvent;
import org.recoverytracker.events.JobLossStatus;
import org.recoverytracker.ingest.EventEnvelope;
import org.recoverytracker.ingest.EventRequest;
import org.recoverytracker.ingest.OrganisationRequest;

/**
 * A job-loss event as a partner posts it: an employer proposing (HR1-style notification) or
 * confirming redundancies. CSV columns: the common ones, then {@code employerName},
 * {@code employerCompanyNumber}, {@code jobs}, {@code status}.
 */
@Schema(name = "JobLoss", description = "Redundancies proposed or confirmed by an employer in a place and sector.")
public class JobLossRequest extends EventRequest<JobLossEvent> {

    @NotNull
    @Valid
    @Schema(description = "The employer making the redundancies.", requiredMode = Schema.RequiredMode.REQUIRED)
    private OrganisationRequest employer;

    @NotNull
    @Schema(
            description = "Number of jobs, 1 to 100000.",
            minimum = "1",
            maximum = "100000",
            example = "250",
            requiredMode = Schema.RequiredMode.REQUIRED)
    private Integer jobs;

    @NotNull
    @Schema(
            description = "PROPOSED: notified, the jobs are at risk. CONFIRMED: the jobs are lost.",
            requiredMode = Schema.RequiredMode.REQUIRED)
    private JobLossStatus status;

    @Override
    public JobLossEvent toEvent(EventEnvelope envelope) {
        final JobLossEvent event = withCommonFields(new JobLossEvent(), envelope);
        event.setEmployer(toAvro(employer));
        event.setJobs(jobs);
        event.setStatus(status);
        return event;
    }
}
