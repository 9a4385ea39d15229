package io.crmkit.examples.quickstart;

import io.crmkit.Crm;
import io.crmkit.CrmSession;
import io.crmkit.access.OrgDirectory;
import io.crmkit.access.Principal;
import io.crmkit.access.RoleName;
import io.crmkit.access.TeamId;
import io.crmkit.audit.AuditEntry;
import io.crmkit.config.CrmConfiguration;
import io.crmkit.config.Labels;
import io.crmkit.customer.Address;
import io.crmkit.customer.ContactId;
import io.crmkit.customer.ContactRole;
import io.crmkit.customer.CustomFieldValue;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerDetails;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.customer.CustomerType;
import io.crmkit.customer.CustomerView;
import io.crmkit.customer.NewContact;
import io.crmkit.customer.NewCustomer;
import io.crmkit.customer.ReassignOwner;
import io.crmkit.customer.UpdateCustomer;
import io.crmkit.examples.notify.ConsoleNotificationSender;
import io.crmkit.followup.FollowUp;
import io.crmkit.followup.NewFollowUp;
import io.crmkit.interaction.InteractionInput;
import io.crmkit.interaction.LogInteraction;
import io.crmkit.jdbc.JdbcStorage;
import io.crmkit.notify.NotificationTemplates;
import io.crmkit.outbox.dispatch.DispatchOptions;
import io.crmkit.outbox.dispatch.DispatchReport;
import io.crmkit.outbox.dispatch.OutboxDispatcher;
import io.crmkit.purchase.RecordPurchase;
import io.crmkit.segment.SegmentPreview;
import io.crmkit.segment.eval.Explanation;
import io.crmkit.segment.rule.RuleException;
import io.crmkit.shared.Money;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.UserId;
import io.crmkit.shared.ValidationException;
import io.crmkit.shared.Violation;
import io.crmkit.tag.ChangeTags;
import io.crmkit.tag.Tag;
import io.crmkit.timeline.TimelineEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Embeds crmkit on the embedded default storage (an H2 file database under
 * {@code ./crm-data}, created on first run) and walks through the customer basics: create
 * a customer with two contacts, change it, hand it to another rep, list, view it with its
 * history, see how bad input is reported, then record two orders from the host's order system
 * and see the customer classified (value tier, urgency, value group), selected by a segment and
 * its membership explained; then a follow-up task whose "1 day before" reminder the outbox
 * dispatcher delivers once the (injected, hand-moved) clock reaches it, through a sample sender
 * that prints it; last, the new owner logs a call and reads the customer's timeline.
 *
 * <p>Run from the repository root: {@code mvn -B -q install -DskipTests && mvn -B -q -f crm-examples exec:java}.
 */
public final class QuickStart {
    /** The host's organisation chart: rep-wang and rep-li report to manager-zhao; no teams. */
    private static final TeamId EAST = TeamId.of("east");
    private static final OrgDirectory MANAGERS = new OrgDirectory() {
        @Override
        public Optional<UserId> managerOf(TenantId tenant, UserId user) {
            return user.value().startsWith("rep-") ? Optional.of(UserId.of("manager-zhao")) : Optional.empty();
        }

        // Both reps are in team east: the sample configuration's sales_rep sees the team's customers.
        @Override
        public Optional<Set<UserId>> membersOf(TenantId tenant, TeamId team) {
            return team.equals(EAST) ? Optional.of(Set.of(UserId.of("rep-wang"), UserId.of("rep-li"))) : Optional.empty();
        }

        @Override
        public Set<TeamId> teamsOf(TenantId tenant, UserId user) {
            return user.value().startsWith("rep-") ? Set.of(EAST) : Set.of();
        }
    };

    private final PrintStream out;

    /**
     * Creates the program.
     *
     * @param out where to print
     */
    public QuickStart(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the quick start against {@code ./crm-data}, or the directory given as first argument.
     *
     * @param args optional data directory
     */
    public static void main(String[] args) {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "crm-data");
        new QuickStart(new PrintStream(System.out, true, StandardCharsets.UTF_8)).run(dataDir);
    }

    /**
     * Runs the walk-through.
     *
     * @param dataDir where the H2 database lives
     * @return the id of the customer created
     */
    public CustomerId run(Path dataDir) {
        ManualClock clock = new ManualClock(Clock.systemUTC().instant().truncatedTo(ChronoUnit.MINUTES));
        NotificationTemplates templates = NotificationTemplates.defaults();
        try (Crm crm = Crm.builder()
                .storage(JdbcStorage.embedded(dataDir))
                .clock(clock)
                .configuration(loadConfiguration())
                .directory(MANAGERS)
                .templates(templates)
                .notificationSender(new ConsoleNotificationSender(out, templates))
                .build()) {
            TenantId acme = TenantId.of("acme");
            CrmSession wang = crm.session(acme, Principal.user("rep-wang", RoleName.SALES_REP), Locale.ENGLISH);

            // 1. Create a customer with its primary contact and a second contact.
            CustomerId id = wang.customers().create(new NewCustomer(
                    CustomerDetails.builder()
                            .type(CustomerType.COMPANY)
                            .name("华东精密机械有限公司")
                            .industry("manufacturing")
                            .size("200-500")
                            .region("East China")
                            .source("trade fair")
                            .address(Address.china("浙江省", "杭州市", "西湖区", "文三路 90 号"))
                            .needTags(Set.of("equipment purchase"))
                            .customField("customer_source", CustomFieldValue.choice("exhibition"))
                            .customField("credit_limit", CustomFieldValue.money(Money.of("500000", "CNY")))
                            .build(),
                    List.of(NewContact.of("王伟", "138 1234 5678").withEmail("Wang.Wei@HZ-Precision.cn")
                                    .withTitle("采购经理").withRoles(Set.of(ContactRole.DECISION_MAKER)).asPrimary(),
                            NewContact.of("Li Na", "+44 20 7946 0958").withTitle("Engineer")
                                    .withRoles(Set.of(ContactRole.INFLUENCER)))));
            out.println("Created customer " + id);

            // 2. Change the profile: every change carries the version it is based on.
            Customer current = wang.customers().get(id);
            wang.customers().update(new UpdateCustomer(id, current.version(), current.details().toBuilder()
                    .customField("years_of_cooperation", CustomFieldValue.integer(3))
                    .remarks("Visited the Hangzhou plant; budget approved for Q1.").build()));

            // 3. Hand the customer to another rep: its own audited operation.
            wang.customers().reassignOwner(new ReassignOwner(id, current.version() + 1, UserId.of("rep-li"),
                    "territory reorganisation"));

            // 4. View: profile, contacts and change history in one call.
            CustomerView view = wang.customers().view(id);
            print(view, crm.configuration().labels());

            // 5. List the tenant's manufacturing customers, newest first.
            long count = wang.customers().count(CustomerQuery.all().withIndustry("manufacturing"));
            out.println("Manufacturing customers in tenant acme: " + count);

            // 6. Bad input: every problem at once, with its field path, in the session's language.
            CrmSession chinese = crm.session(acme, Principal.user("rep-wang", RoleName.SALES_REP), Locale.SIMPLIFIED_CHINESE);
            try {
                chinese.customers().create(new NewCustomer(
                        CustomerDetails.builder().type(CustomerType.INDIVIDUAL).name(" ").industry("retail").build(),
                        List.of(NewContact.of("张三", "1234").withEmail("not-an-address"))));
            } catch (ValidationException e) {
                out.println("Rejected input:");
                for (Violation v : e.violations()) {
                    out.println("  " + v.path() + ": " + v.message(Locale.ENGLISH) + " / " + v.message(Locale.SIMPLIFIED_CHINESE));
                }
            }
            // 7. Purchases from the host's order system classify the customer: value tier, urgency, value group.
            segmentsAndValue(crm.session(acme, Principal.user("erp-sync", RoleName.ADMINISTRATOR), Locale.ENGLISH), id);
            // 8. A follow-up with a reminder one day before (crm.yaml), delivered when the clock gets there.
            followUp(crm, wang, id, clock);
            // 9. The new owner logs a call (also the customer's last contact) and reads the timeline.
            interactionsAndTimeline(crm.session(acme, Principal.user("rep-li", RoleName.SALES_REP), Locale.ENGLISH), id,
                    clock);
            return id;
        }
    }

    private void segmentsAndValue(CrmSession erp, CustomerId id) {
        LocalDate today = LocalDate.now(Clock.systemDefaultZone());
        erp.purchases().record(new RecordPurchase(id, "SO-" + id + "-1", today.minusDays(40), Money.of("60000", "CNY")));
        erp.purchases().record(new RecordPurchase(id, "SO-" + id + "-2", today.minusDays(5), Money.of("45000", "CNY")));
        erp.tags().change(ChangeTags.add(id, Tag.of("intent", "high_intent"), Tag.of("level", "A")));
        out.println("Tags after two orders (105,000 CNY) and a high intent:");
        erp.tags().of(id).forEach(t -> out.println("  " + t));
        erp.classification().assess(id).ifPresent(a -> out.println("Value score " + a.score() + " -> " + a.group()
                + " (" + a.treatment() + ")"));

        String rule = "tag(value_tier) = \"high\" and tag(urgency) = \"urgent\" and lastContact is empty";
        SegmentPreview preview = erp.segments().preview(rule);
        out.println("Segment '" + preview.rule() + "': " + preview.count() + " customer(s)");
        Explanation why = erp.segments().explain(rule, id);
        out.println("Why " + id + (why.matched() ? " is" : " is not") + " a member:");
        why.parts().forEach(p -> out.println("  " + (p.matched() ? "yes" : "no ") + "  " + p.clause()));
        try {
            erp.segments().preview("tag(value_tier) = \"high\" and spend(12 months) >= 100000 USD");
        } catch (RuleException e) {
            out.println("Rejected rule: " + e.problems().get(0).message());
        }
    }

    private void followUp(Crm crm, CrmSession wang, CustomerId id, ManualClock clock) {
        FollowUp task = wang.followUps().create(NewFollowUp.of(id, "phone", "Confirm the Q1 equipment order",
                clock.instant().plus(Duration.ofDays(2))));
        out.println("Follow-up " + task.id() + " planned at " + task.plannedAt() + " for " + task.assignee()
                + " (reminder 1 day before by email and in_app; escalation to the manager if still open 1 day after)");
        try (OutboxDispatcher dispatcher = crm.outboxDispatcher(DispatchOptions.defaults())) {
            int now = deliverDue(dispatcher);
            clock.advance(Duration.ofDays(1).plusMinutes(1));
            out.println("One day later (" + clock.instant() + "), the dispatcher delivers what is due:");
            int later = deliverDue(dispatcher);
            out.println("Delivered " + later + " message(s) now due (" + now + " domain event(s) delivered earlier)");
        }
        out.println("My open tasks: " + wang.followUps().myOpenTasks(PageRequest.first(10)).items().size());
    }

    /** Runs the dispatcher until nothing due is left; returns how many messages it delivered. */
    private static int deliverDue(OutboxDispatcher dispatcher) {
        int delivered = 0;
        for (int i = 0; i < 100; i++) {
            DispatchReport r = dispatcher.dispatchOnce();
            delivered += r.delivered();
            if (r.claimed() == 0) {
                break;
            }
        }
        return delivered;
    }

    private void interactionsAndTimeline(CrmSession li, CustomerId id, ManualClock clock) {
        ContactId primary = li.customers().get(id).contacts().get(0).id();
        li.interactions().log(new LogInteraction(id, new InteractionInput("call",
                clock.instant(), Duration.ofMinutes(12), List.of(primary),
                List.of(UserId.of("rep-li")), "Confirmed the Q1 budget; proposal due Friday.", Optional.empty(),
                Optional.empty())));
        out.println("Timeline (newest first):");
        for (TimelineEntry e : li.timeline().of(id, PageRequest.first(6)).items()) {
            out.println("  " + e.at() + "  " + e.kind() + "  " + e.title() + "  " + e.actor());
        }
    }

    private void print(CustomerView view, Labels labels) {
        Customer c = view.customer();
        out.println();
        out.println("== " + c.name() + " (version " + c.version() + ") ==");
        out.println("  type/industry        : " + c.details().type() + " / " + c.details().industry());
        // Keys are what crmkit stores; labels are what people see, in their language.
        out.println("  owner                : " + c.owner() + "   status: "
                + labels.status(c.lifecycleStatus(), Locale.ENGLISH) + " (" + c.lifecycleStatus() + ")");
        out.println("  address              : " + c.details().address().map(Address::oneLine).orElse("-"));
        c.details().customFields().forEach((k, v) -> out.println("  " + pad(k) + ": " + v.display()));
        out.println("  contacts:");
        c.contacts().forEach(k -> out.println("    " + (k.primary() ? "* " : "  ") + k.name()
                + k.title().map(t -> " (" + t + ")").orElse("")
                + k.phone().map(p -> "  " + p.e164()).orElse("")
                + k.email().map(e -> "  " + e.value()).orElse("")));
        out.println("  history (newest first):");
        for (AuditEntry e : view.history().items()) {
            out.println("    " + e.at() + "  " + e.actor() + "  " + e.action() + "  (" + e.changes().size() + " fields)");
            e.changes().stream().filter(f -> !f.field().startsWith("contacts[")).limit(4).forEach(f ->
                    out.println("        " + f.field() + ": " + f.before().orElse("∅") + " → " + f.after().orElse("∅")));
        }
        out.println();
    }

    private static String pad(String s) {
        return String.format("%-21s", s);
    }

    private static CrmConfiguration loadConfiguration() {
        try (InputStream in = QuickStart.class.getResourceAsStream("/crm.yaml")) {
            if (in == null) {
                throw new IllegalStateException("crm.yaml is missing from the class path");
            }
            return CrmConfiguration.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
