package io.crmkit.jdbc.followup;

import io.crmkit.config.ReminderRule;
import io.crmkit.customer.ContactId;
import io.crmkit.customer.CustomerId;
import io.crmkit.followup.Attachment;
import io.crmkit.followup.CustomerFeedback;
import io.crmkit.followup.FollowUp;
import io.crmkit.followup.FollowUpId;
import io.crmkit.followup.FollowUpResult;
import io.crmkit.followup.FollowUpStatus;
import io.crmkit.followup.NextStep;
import io.crmkit.jdbc.internal.Sql;
import io.crmkit.notify.Channel;
import io.crmkit.shared.Money;
import io.crmkit.shared.UserId;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** How a follow-up task maps to the columns of {@code follow_up}: one place for writing and reading. */
final class FollowUpCodec {
    /** The stored form of "no reminders at all" (NULL means the configured defaults). */
    private static final String NO_REMINDERS = "none";

    private FollowUpCodec() {
    }

    /**
     * Binds the columns that change, in the order of {@code JdbcFollowUps.CHANGING}.
     *
     * @return the next parameter index
     */
    static int bindChanging(PreparedStatement ps, int first, FollowUp f) throws SQLException {
        int i = first;
        Sql.instant(ps, i++, f.plannedAt());
        ps.setString(i++, f.assignee().value());
        ps.setString(i++, f.method());
        ps.setString(i++, f.content());
        ps.setString(i++, f.priority());
        ps.setString(i++, status(f.status()));
        Sql.text(ps, i++, f.reminders().map(FollowUpCodec::reminders));
        Optional<FollowUpResult> r = f.result();
        instant(ps, i++, r.map(FollowUpResult::actualAt));
        Sql.text(ps, i++, r.map(FollowUpResult::outcome));
        Sql.text(ps, i++, r.flatMap(FollowUpResult::nextStep).map(NextStep::description));
        instant(ps, i++, r.flatMap(FollowUpResult::nextStep).map(NextStep::plannedAt));
        Optional<Money> budget = r.flatMap(x -> x.feedback().budget());
        ps.setBigDecimal(i++, budget.map(Money::amount).orElse(null));
        Sql.text(ps, i++, budget.map(m -> m.currency().getCurrencyCode()));
        Sql.text(ps, i++, r.flatMap(x -> x.feedback().decisionCycle()).map(Period::toString));
        Sql.text(ps, i++, r.map(x -> x.feedback().comments()));
        Sql.text(ps, i++, f.cancelReason());
        Sql.instant(ps, i++, f.updatedAt());
        ps.setLong(i++, f.version());
        return i;
    }

    static void bind(PreparedStatement ps, int i, Object value) throws SQLException {
        if (value instanceof UUID u) {
            Sql.uuid(ps, i, u);
        } else if (value instanceof Instant t) {
            Sql.instant(ps, i, t);
        } else {
            ps.setObject(i, value);
        }
    }

    private static void instant(PreparedStatement ps, int i, Optional<Instant> value) throws SQLException {
        if (value.isPresent()) {
            Sql.instant(ps, i, value.get());
        } else {
            ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    static String status(FollowUpStatus s) {
        return s.name();
    }

    static String reminders(List<ReminderRule> rules) {
        return rules.isEmpty() ? NO_REMINDERS : rules.stream()
                .map(r -> r.before() + "=" + r.channels().stream().map(Channel::name).collect(Collectors.joining(",")))
                .collect(Collectors.joining(";"));
    }

    static List<ReminderRule> reminders(String text) {
        List<ReminderRule> out = new ArrayList<>();
        if (text.equals(NO_REMINDERS)) {
            return out;
        }
        for (String rule : text.split(";")) {
            int eq = rule.indexOf('=');
            out.add(new ReminderRule(Duration.parse(rule.substring(0, eq)),
                    List.of(rule.substring(eq + 1).split(",")).stream().map(Channel::new).toList()));
        }
        return out;
    }

    /** Reads a row selected with {@code JdbcFollowUps.COLUMNS}. */
    static Row row(ResultSet rs) throws SQLException {
        Optional<FollowUpResult> result = Optional.empty();
        if (rs.getObject(14) != null) {
            Optional<String> next = Sql.text(rs, 16);
            Optional<NextStep> nextStep = next.isEmpty() ? Optional.empty()
                    : Optional.of(new NextStep(next.get(), Sql.instant(rs, 17)));
            BigDecimal amount = rs.getBigDecimal(18);
            Optional<Money> budget = amount == null ? Optional.empty()
                    : Optional.of(new Money(amount.stripTrailingZeros(), Currency.getInstance(rs.getString(19))));
            CustomerFeedback feedback = new CustomerFeedback(budget, Sql.text(rs, 20).map(Period::parse),
                    Sql.text(rs, 21).orElse(""));
            result = Optional.of(new FollowUpResult(Sql.instant(rs, 14), Sql.text(rs, 15).orElse(""), nextStep, feedback,
                    List.of()));
        }
        Optional<ContactId> contact = rs.getObject(3) == null ? Optional.empty() : Optional.of(new ContactId(Sql.uuid(rs, 3)));
        return new Row(Sql.uuid(rs, 1), new CustomerId(Sql.uuid(rs, 2)), contact, Sql.text(rs, 4), Sql.instant(rs, 5),
                UserId.of(rs.getString(6)), Sql.instant(rs, 7), UserId.of(rs.getString(8)), rs.getString(9),
                rs.getString(10), rs.getString(11), FollowUpStatus.valueOf(rs.getString(12)),
                Sql.text(rs, 13).map(FollowUpCodec::reminders), result, Sql.text(rs, 22), Sql.instant(rs, 23),
                rs.getLong(24));
    }

    /** One task row before its attachments are read. */
    record Row(UUID id, CustomerId customerId, Optional<ContactId> contactId, Optional<String> opportunityId,
               Instant createdAt, UserId createdBy, Instant plannedAt, UserId assignee, String method, String content,
               String priority, FollowUpStatus status, Optional<List<ReminderRule>> reminders,
               Optional<FollowUpResult> result, Optional<String> cancelReason, Instant updatedAt, long version) {

        boolean done() {
            return result.isPresent();
        }

        FollowUp toFollowUp(List<Attachment> attachments) {
            Optional<FollowUpResult> full = result.map(r -> new FollowUpResult(r.actualAt(), r.outcome(), r.nextStep(),
                    r.feedback(), attachments));
            return new FollowUp(new FollowUpId(id), customerId, contactId, opportunityId, method, content, plannedAt,
                    assignee, priority, status, reminders, full, cancelReason, createdAt, createdBy, updatedAt, version);
        }
    }
}
