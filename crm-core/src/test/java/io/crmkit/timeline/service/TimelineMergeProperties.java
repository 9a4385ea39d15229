package io.crmkit.timeline.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.shared.UserId;
import io.crmkit.timeline.TimelineEntry;
import io.crmkit.timeline.TimelinePosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class TimelineMergeProperties {
    private static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::position,
            TimelinePosition.NEWEST_FIRST);

    @Property
    void mergeIsTheSortedUnionCutToTheLimit(@ForAll("runs") List<List<TimelineEntry>> runs,
                                            @ForAll @IntRange(min = 1, max = 40) int limit) {
        List<TimelineEntry> all = new ArrayList<>();
        runs.forEach(all::addAll);
        all.sort(ORDER);
        assertThat(TimelineService.merge(runs, limit)).containsExactlyElementsOf(all.subList(0, Math.min(limit, all.size())));
    }

    @Provide
    Arbitrary<List<List<TimelineEntry>>> runs() {
        Arbitrary<TimelineEntry> entry = Arbitraries.of(0L, 0L, 1L, 2L, 1_000L).map(seconds -> new TimelineEntry("k",
                UUID.randomUUID(), Instant.EPOCH.plusSeconds(seconds), UserId.of("u"), "t", Map.of()));
        return entry.list().ofMaxSize(15).map(list -> {
            List<TimelineEntry> sorted = new ArrayList<>(list);
            sorted.sort(ORDER);
            return sorted;
        }).list().ofMaxSize(5);
    }
}
