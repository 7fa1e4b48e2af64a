package org.recoverytracker.bench.http;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.recoverytracker.bench.cli.Args;
import org.recoverytracker.schemas.EventKind;

/** An ingest service: the kind it takes and where its resource is. */
public record IngestTarget(EventKind kind, URI base) {

    public URI resource() {
        return base.resolve(kind.resourcePath());
    }

    public URI item(String eventId) {
        return URI.create(resource() + "/" + eventId);
    }

    /** The services given as {@code --job-loss URL --business-support URL --green-economy URL}; any may be left out. */
    public static List<IngestTarget> from(Args args) {
        final List<IngestTarget> targets = new ArrayList<>();
        for (EventKind kind : EventKind.values()) {
            final String url = args.string(kind.id(), null);
            if (url != null) {
                targets.add(new IngestTarget(kind, URI.create(url)));
            }
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("give at least one of --job-loss, --business-support, --green-economy");
        }
        return targets;
    }
}
