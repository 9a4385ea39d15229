package io.crmkit.segment;

import java.util.List;
import java.util.Optional;

/**
 * Storage port for saved segments, bound to one tenant and one transaction (obtained from
 * {@code tx.port(SavedSegments.class)}).
 */
public interface SavedSegments {

    /**
     * Stores a new segment.
     *
     * @param segment the segment, at version 1
     * @throws io.crmkit.shared.ConflictException if the tenant has a segment with that id or name
     */
    void insert(Segment segment);

    /**
     * Replaces a segment if its stored version is still {@code expectedVersion}.
     *
     * @param segment the new state, at version {@code expectedVersion + 1}
     * @param expectedVersion the version the change was based on
     * @throws io.crmkit.shared.ConflictException if the version differs or the new name is taken
     * @throws io.crmkit.shared.NotFoundException if there is no such segment
     */
    void update(Segment segment, long expectedVersion);

    /**
     * Deletes a segment.
     *
     * @param id the segment
     * @return whether it existed
     */
    boolean delete(SegmentId id);

    /**
     * Reads a segment.
     *
     * @param id the segment
     * @return it, or empty
     */
    Optional<Segment> find(SegmentId id);

    /**
     * Every segment of the tenant.
     *
     * @return the segments ordered by name
     */
    List<Segment> all();
}
