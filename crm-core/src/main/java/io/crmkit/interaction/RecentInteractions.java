package io.crmkit.interaction;

import io.crmkit.customer.CustomerViewPart;
import io.crmkit.shared.Page;
import java.util.Objects;

/**
 * The interaction part of a customer's view: the newest interactions logged with it (calls,
 * visits, e-mails…), newest first. Older ones: continue with
 * {@code InteractionService.of} and the page's cursor.
 *
 * @param interactions the newest page
 */
public record RecentInteractions(Page<Interaction> interactions) implements CustomerViewPart {
    /** How many interactions the view shows. */
    public static final int SIZE = 10;

    /**
     * Checks the components.
     *
     * @param interactions see {@link #interactions()}
     */
    public RecentInteractions {
        Objects.requireNonNull(interactions, "interactions");
    }
}
