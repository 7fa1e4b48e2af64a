package org.recoverytracker.views.areas;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.recoverytracker.views.query.StreamsAccess;
import org.springframework.stereotype.Component;

/** The areas partners have defined, as this instance's {@link AreaStore} holds them now. */
@Component
public class AreaDefinitions {

    private final StreamsAccess streams;

    AreaDefinitions(StreamsAccess streams) {
        this.streams = streams;
    }

    /** The area with that id, whoever may see it. */
    public Optional<AreaDefinition> find(String areaId) {
        return Optional.ofNullable(store().get(areaId)).map(AreaRecords::stored);
    }

    /** The areas this partner may see (null: a caller without a credential), in id order. */
    public List<AreaDefinition> visibleTo(String partner) {
        final List<AreaDefinition> areas = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> all = store().all()) {
            all.forEachRemaining(entry -> {
                final AreaDefinition area = AreaRecords.stored(entry.value);
                if (area.visibleTo(partner)) {
                    areas.add(area);
                }
            });
        }
        return areas;
    }

    private ReadOnlyKeyValueStore<String, byte[]> store() {
        return streams.globalStore(AreaStore.NAME);
    }
}
