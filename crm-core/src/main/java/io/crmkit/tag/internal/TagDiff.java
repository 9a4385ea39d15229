package io.crmkit.tag.internal;

import io.crmkit.config.CrmConfiguration;
import io.crmkit.tag.ChangeTags;
import io.crmkit.tag.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a {@link ChangeTags} command does to one customer's tags: the tags to add, the tags to
 * remove (asked for, or replaced in a single-valued dimension), and the values per dimension
 * before and after, as the audit entry shows them.
 */
record TagDiff(SortedSet<Tag> before, SortedSet<Tag> after, List<Tag> added, List<Tag> removed) {

    static TagDiff of(SortedSet<Tag> current, ChangeTags command, CrmConfiguration configuration) {
        SortedSet<Tag> next = new TreeSet<>(current);
        next.removeAll(command.remove());
        for (Tag t : command.add()) {
            boolean single = configuration.tagDimension(t.dimension()).map(d -> !d.multiValued()).orElse(false);
            if (single) {
                next.removeIf(existing -> existing.dimension().equals(t.dimension()));
            }
            next.add(t);
        }
        List<Tag> added = new ArrayList<>(next);
        added.removeAll(current);
        List<Tag> removed = new ArrayList<>(current);
        removed.removeAll(next);
        return new TagDiff(current, next, added, removed);
    }

    boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }

    Optional<String> before(String dimension) {
        return values(before, dimension);
    }

    Optional<String> after(String dimension) {
        return values(after, dimension);
    }

    private static Optional<String> values(SortedSet<Tag> tags, String dimension) {
        String joined = tags.stream().filter(t -> t.dimension().equals(dimension)).map(Tag::value)
                .collect(Collectors.joining(", "));
        return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
    }
}
