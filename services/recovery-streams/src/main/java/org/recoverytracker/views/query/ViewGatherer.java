package org.recoverytracker.views.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * Answers views that span places — a region, the UK, the list of places — by scatter-gather: each
 * instance sums what it holds (the list of places from its place × sector totals, regions and the
 * UK from its tasks' region sectors and region weeks), and the answer is the sum of their shares. Each share names the
 * partitions it was read from; unless they cover every partition exactly once (during a rebalance
 * a partition may be nowhere, or on two instances), the answer is refused rather than wrong.
 *
 * <p>Chosen over re-keying rollups into stores of their own: the rollups are cheap sums of at most
 * 361 × 21 place × sector views, and keeping them out of the topology keeps every event's path to
 * its views short (one repartition) and every rollup exactly consistent with its places.
 */
@Component
public class ViewGatherer {

    private static final ParameterizedTypeReference<Partial<SectorEntry>> SECTOR_ENTRIES =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<Partial<RegionSectorEntry>> REGION_SECTOR_ENTRIES =
            new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<Partial<WeekEntry>> WEEK_ENTRIES =
            new ParameterizedTypeReference<>() {};

    private static final ParameterizedTypeReference<Partial<RevisionEntry>> REVISION_ENTRIES =
            new ParameterizedTypeReference<>() {};

    private final StreamsAccess streams;
    private final PeerClient peers;
    private final PartitionCount partitionCount;

    ViewGatherer(StreamsAccess streams, PeerClient peers, PartitionCount partitionCount) {
        this.streams = streams;
        this.peers = peers;
        this.partitionCount = partitionCount;
    }

    /**
     * Every place × sector view of the places in scope, from all instances.
     *
     * @param localShare this instance's share
     * @param pathAndQuery where peers serve their share
     */
    public List<SectorEntry> sectorTotals(Supplier<Partial<SectorEntry>> localShare, String pathAndQuery) {
        return gather(localShare, peer -> peers.partialAsync(peer, pathAndQuery, SECTOR_ENTRIES));
    }

    /** The region × sector totals of the regions in scope, from all instances (one entry per task and cell). */
    public List<RegionSectorEntry> regionSectors(Supplier<Partial<RegionSectorEntry>> localShare, String pathAndQuery) {
        return gather(localShare, peer -> peers.partialAsync(peer, pathAndQuery, REGION_SECTOR_ENTRIES));
    }

    /** The weekly series of the places in scope, from all instances (each already summed by week). */
    public List<WeekEntry> weeks(Supplier<Partial<WeekEntry>> localShare, String pathAndQuery) {
        return ViewSums.byWeek(gather(localShare, peer -> peers.partialAsync(peer, pathAndQuery, WEEK_ENTRIES)));
    }

    /** The revisions of every place, from all instances (each instance's newest that pass its filter). */
    public List<RevisionEntry> revisions(Supplier<Partial<RevisionEntry>> localShare, String pathAndQuery) {
        return gather(localShare, peer -> peers.partialAsync(peer, pathAndQuery, REVISION_ENTRIES));
    }

    /**
     * The shares of any view that spans places, from all instances.
     *
     * @param type what a peer's share is, for reading its answer
     */
    public <T> List<T> shares(
            Supplier<Partial<T>> localShare, String pathAndQuery, ParameterizedTypeReference<Partial<T>> type) {
        return gather(localShare, peer -> peers.partialAsync(peer, pathAndQuery, type));
    }

    private <T> List<T> gather(
            Supplier<Partial<T>> localShare, Function<HostInfo, CompletableFuture<Partial<T>>> peerShare) {
        final Collection<StreamsMetadata> instances = streams.instances();
        final List<CompletableFuture<Partial<T>>> shares = new ArrayList<>();
        for (StreamsMetadata instance : instances) {
            if (instance.hostInfo().equals(streams.self())) {
                shares.add(CompletableFuture.completedFuture(localShare.get()));
            } else if (!streams.activePartitions(instance).isEmpty()) {
                shares.add(peerShare.apply(instance.hostInfo()));
            }
        }
        final List<T> entries = new ArrayList<>();
        final List<Integer> covered = new ArrayList<>();
        try {
            for (CompletableFuture<Partial<T>> share : shares) {
                final Partial<T> partial = share.join();
                covered.addAll(partial.partitions());
                entries.addAll(partial.entries());
            }
        } catch (CompletionException e) {
            if (e.getCause() instanceof InvalidQueryException refused) {
                throw refused;
            }
            throw e.getCause() instanceof ViewsUnavailableException unavailable
                    ? unavailable
                    : new ViewsUnavailableException("An instance failed to answer.", e.getCause());
        }
        PartitionCoverage.requireEveryPartitionOnce(covered, partitionCount.get());
        return entries;
    }
}
