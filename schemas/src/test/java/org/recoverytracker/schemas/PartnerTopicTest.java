package org.recoverytracker.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartnerTopicTest {

    @Test
    void namesAPartnersTopicOfAKindAsTheContractDoes() {
        assertThat(new PartnerTopic("hounslow-council", EventKind.JOB_LOSS).name())
                .isEqualTo("recovery.partner.hounslow-council.job-loss.v1");
        assertThat(PartnerTopic.prefix("hounslow-council")).isEqualTo("recovery.partner.hounslow-council.");
        assertThat(PartnerTopic.of("bradford-council")).hasSize(3);
    }

    @Test
    void readsPartnerAndKindBackFromTheNameEvenWhenThePartnerIdHasDots() {
        assertThat(PartnerTopic.parse("recovery.partner.hounslow-council.business-support.v1"))
                .contains(new PartnerTopic("hounslow-council", EventKind.BUSINESS_SUPPORT));
        assertThat(PartnerTopic.parse("recovery.partner.gov.uk.job-loss.job-loss.v1"))
                .contains(new PartnerTopic("gov.uk.job-loss", EventKind.JOB_LOSS));
    }

    @Test
    void matchesNoTopicButPartnerTopics() {
        for (String name : new String[] {
            "recovery.job-loss.v1",
            "recovery.dead-letter.v1",
            "recovery.partner.x.job-loss.v2",
            "recovery.partner..job-loss.v1",
            "recovery.partner.x.other.v1",
            "recovery.partner.a/b.job-loss.v1"
        }) {
            assertThat(PartnerTopic.parse(name)).as(name).isEmpty();
            assertThat(PartnerTopic.PATTERN.matcher(name).matches()).as(name).isFalse();
        }
    }
}
