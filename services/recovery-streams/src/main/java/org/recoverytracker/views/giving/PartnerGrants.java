package org.recoverytracker.views.giving;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.recoverytracker.events.BusinessSupportEvent;
import org.recoverytracker.events.SupportType;
import org.recoverytracker.schemas.EventKind;
import org.recoverytracker.views.query.ViewsUnavailableException;
import org.recoverytracker.views.topics.WholeTopic;
import org.recoverytracker.views.topology.EventCheck;

/**
 * A partner's grants as they count now: the latest version of each of its business-support events
 * of type {@code GRANT}, read from the business-support topic (the system of record) and checked
 * as the views check it ({@link EventCheck}): a retraction removes the grant, a version the views
 * refuse leaves the previous one, as it does in the views. One partner's grants are read at a time
 * (the read is a scan of the topic), and within a time limit.
 */
public final class PartnerGrants {

    private static final Duration READ_LIMIT = Duration.ofSeconds(60);
    /** The largest record the ingest services write, with room to spare. */
    private static final int MAX_RECORD_BYTES = 1024 * 1024;

    private final WholeTopic topic;
    private final EventCheck check;
    private final Semaphore oneAtATime = new Semaphore(1);

    public PartnerGrants(Map<String, Object> consumerProperties, EventCheck check) {
        this.topic = new WholeTopic(consumerProperties, MAX_RECORD_BYTES);
        this.check = check;
    }

    /** The partner's live grants, in the order of their event ids. */
    public List<BusinessSupportEvent> of(String partner) {
        if (!oneAtATime.tryAcquire()) {
            throw new ViewsUnavailableException("Another 360Giving export is being read.");
        }
        try {
            final String prefix = partner + "/";
            final Map<String, BusinessSupportEvent> live = new LinkedHashMap<>();
            topic.read(EventKind.BUSINESS_SUPPORT.topic(), READ_LIMIT, record -> {
                if (record.key() == null || !record.key().startsWith(prefix)) {
                    return;
                }
                final EventCheck.Outcome outcome =
                        check.check(EventKind.BUSINESS_SUPPORT, record.key(), record.value());
                if (outcome instanceof EventCheck.Retracted) {
                    live.remove(record.key());
                } else if (outcome instanceof EventCheck.Accepted accepted
                        && accepted.event() instanceof BusinessSupportEvent support) {
                    live.put(record.key(), support);
                }
            });
            final List<BusinessSupportEvent> grants = new ArrayList<>();
            live.values().stream()
                    .filter(event -> event.getSupportType() == SupportType.GRANT)
                    .sorted(Comparator.comparing(BusinessSupportEvent::getEventId))
                    .forEach(grants::add);
            return grants;
        } catch (IllegalStateException e) {
            throw new ViewsUnavailableException("The grants could not be read in time.", e);
        } finally {
            oneAtATime.release();
        }
    }
}
