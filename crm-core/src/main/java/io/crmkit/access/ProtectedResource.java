package io.crmkit.access;

import io.crmkit.shared.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * What the policy needs to know of a record to decide on it. Features describe their
 * records this way, so the access package depends on no feature.
 *
 * @param type the kind of record, e.g. {@code "customer"}
 * @param id the record's id, or empty for one not yet created
 * @param owner the record's owner, or empty for one not yet created
 */
public record ProtectedResource(String type, Optional<String> id, Optional<UserId> owner) {

    /**
     * Checks the components.
     *
     * @param type see {@link #type()}
     * @param id see {@link #id()}
     * @param owner see {@link #owner()}
     */
    public ProtectedResource {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
    }

    /**
     * An existing record.
     *
     * @param type the kind of record
     * @param id its id
     * @param owner its owner
     * @return the resource
     */
    public static ProtectedResource of(String type, String id, UserId owner) {
        return new ProtectedResource(type, Optional.of(id), Optional.of(owner));
    }

    /**
     * A record about to be created.
     *
     * @param type the kind of record
     * @return the resource
     */
    public static ProtectedResource newOf(String type) {
        return new ProtectedResource(type, Optional.empty(), Optional.empty());
    }

    String describe() {
        return type + id.map(i -> " " + i).orElse("");
    }
}
