package org.recoverytracker.ingest.jobloss;

import org.recoverytracker.ingest.IngestConfiguration;
import org.recoverytracker.ingest.IngestKind;
import org.recoverytracker.schemas.EventKind;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The job-loss ingest service: {@code /v1/job-losses} → {@code recovery.job-loss.v1}. */
@SpringBootApplication
@Import(IngestConfiguration.class)
public class JobLossIngestApplication {

    @Bean
    IngestKind<JobLossRequest> jobLoss() {
        return new IngestKind<>(EventKind.JOB_LOSS, JobLossRequest.class);
    }

    public static void main(String[] args) {
        SpringApplication.run(JobLossIngestApplication.class, args);
    }
}
