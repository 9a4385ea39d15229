package io.crmkit.kit.service;

import io.crmkit.access.OrgDirectory;
import io.crmkit.access.TeamId;
import io.crmkit.followup.FollowUpId;
import io.crmkit.notify.Notification;
import io.crmkit.notify.json.NotificationMessages;
import io.crmkit.outbox.Outbox;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.UserId;
import io.crmkit.storage.Storage;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the follow-up contracts share: an organisation chart (u-1 is managed by m-1, u-2 by m-2,
 * u-3 by nobody; team {@code east} is u-1 and u-2, team {@code empty} has no members) and a view
 * of a task's pending notices in the outbox.
 */
public final class FollowUpFixtures {
    /** The organisation chart of the follow-up contracts. */
    public static final OrgDirectory DIRECTORY = new OrgDirectory() {
        private final Map<String, String> managers = Map.of("u-1", "m-1", "u-2", "m-2");
        private final Map<String, Set<UserId>> teams = Map.of("east", Set.of(UserId.of("u-1"), UserId.of("u-2")),
                "empty", Set.of());

        @Override
        public Optional<UserId> managerOf(TenantId tenant, UserId user) {
            return Optional.ofNullable(managers.get(user.value())).map(UserId::of);
        }

        @Override
        public Optional<Set<UserId>> membersOf(TenantId tenant, TeamId team) {
            return Optional.ofNullable(teams.get(team.value()));
        }
    };

    private FollowUpFixtures() {
    }

    /**
     * One pending notice: what, to whom, through which channel and when.
     *
     * @param templateKey the template
     * @param recipient the recipient
     * @param channel the channel's name
     * @param availableAt when it is due
     * @param notification the whole notification
     */
    public record Notice(String templateKey, String recipient, String channel, Instant availableAt,
                         Notification notification) {
    }

    /**
     * A task's pending notices, by due time, then template, then channel.
     *
     * @param storage the storage
     * @param tenant the tenant
     * @param task the task
     * @return the notices
     */
    public static List<Notice> pendingNotices(Storage storage, TenantId tenant, FollowUpId task) {
        List<OutboxMessage> pending = storage.inTransaction(tenant, tx -> tx.port(Outbox.class).pending(1000));
        return pending.stream()
                .filter(m -> m.reference().equals(Optional.of("followup:" + task)))
                .map(m -> {
                    Notification n = NotificationMessages.fromMessage(m).orElseThrow();
                    return new Notice(n.templateKey(), n.recipient(), n.channel().name(), m.availableAt(), n);
                })
                .sorted(Comparator.comparing(Notice::availableAt).thenComparing(Notice::templateKey)
                        .thenComparing(Notice::channel))
                .toList();
    }

    /**
     * How many messages the tenant's outbox holds pending.
     *
     * @param storage the storage
     * @param tenant the tenant
     * @return the count
     */
    public static int pendingCount(Storage storage, TenantId tenant) {
        return storage.inTransaction(tenant, tx -> tx.port(Outbox.class).pending(1000)).size();
    }
}
