package io.crmkit.spi.memory;

import io.crmkit.segment.SavedSegments;
import io.crmkit.segment.Segment;
import io.crmkit.segment.SegmentId;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.NotFoundException;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The in-memory saved segments of one tenant, seen through one transaction. */
final class MemorySavedSegments implements SavedSegments {
    private static final String SEGMENT = Segment.ENTITY_TYPE;

    private final Map<SegmentId, Segment> segments;
    private final Deque<Runnable> undo;
    private final Runnable checkOpen;

    MemorySavedSegments(Map<SegmentId, Segment> segments, Deque<Runnable> undo, Runnable checkOpen) {
        this.segments = segments;
        this.undo = undo;
        this.checkOpen = checkOpen;
    }

    @Override
    public void insert(Segment s) {
        checkOpen.run();
        if (segments.containsKey(s.id())) {
            throw ConflictException.alreadyExists(SEGMENT, s.id().toString());
        }
        requireFreeName(s);
        segments.put(s.id(), s);
        undo.push(() -> segments.remove(s.id()));
    }

    private void requireFreeName(Segment s) {
        if (segments.values().stream().anyMatch(o -> o.name().equals(s.name()) && !o.id().equals(s.id()))) {
            throw ConflictException.alreadyExists(SEGMENT, s.name());
        }
    }

    @Override
    public void update(Segment s, long expectedVersion) {
        checkOpen.run();
        Segment current = segments.get(s.id());
        if (current == null) {
            throw new NotFoundException(SEGMENT, s.id().toString());
        }
        if (current.version() != expectedVersion) {
            throw ConflictException.staleVersion(SEGMENT, s.id().toString(), expectedVersion, current.version());
        }
        requireFreeName(s);
        segments.put(s.id(), s);
        undo.push(() -> segments.put(current.id(), current));
    }

    @Override
    public boolean delete(SegmentId id) {
        checkOpen.run();
        Segment removed = segments.remove(id);
        if (removed != null) {
            undo.push(() -> segments.put(id, removed));
        }
        return removed != null;
    }

    @Override
    public Optional<Segment> find(SegmentId id) {
        checkOpen.run();
        return Optional.ofNullable(segments.get(id));
    }

    @Override
    public List<Segment> all() {
        checkOpen.run();
        return segments.values().stream().sorted(Comparator.comparing(Segment::name)).toList();
    }
}
