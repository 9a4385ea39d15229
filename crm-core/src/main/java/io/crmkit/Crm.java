package io.crmkit;

import io.crmkit.access.AccessPolicy;
import io.crmkit.access.OrgDirectory;
import io.crmkit.access.Principal;
import io.crmkit.classification.ClassificationPlan;
import io.crmkit.classification.internal.Reclassifier;
import io.crmkit.config.CrmConfiguration;
import io.crmkit.customer.WonDeals;
import io.crmkit.internal.session.SessionContext;
import io.crmkit.internal.validation.CommandValidator;
import io.crmkit.notify.NotificationSender;
import io.crmkit.notify.NotificationTemplates;
import io.crmkit.outbox.dispatch.DispatchOptions;
import io.crmkit.outbox.dispatch.DomainEventListener;
import io.crmkit.outbox.dispatch.OutboxDispatcher;
import io.crmkit.plan.service.PlanTaskCreator;
import io.crmkit.purchase.ExchangeRates;
import io.crmkit.schedule.service.JobOptions;
import io.crmkit.schedule.service.JobRunner;
import io.crmkit.shared.IdGenerator;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.TimeOrderedIdGenerator;
import io.crmkit.storage.Storage;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * crmkit, wired once per application: storage, notification sender, clock, id generator
 * and configuration. Hands
 * out a {@link CrmSession} per tenant and acting user; every call in a session is scoped to
 * that tenant.
 *
 * <pre>{@code
 * try (Crm crm = Crm.builder()
 *         .storage(JdbcStorage.embedded(Path.of("crm-data")))
 *         .clock(Clock.systemDefaultZone())
 *         .configuration(CrmConfiguration.defaults())
 *         .build()) {
 *     CrmSession s = crm.session(TenantId.of("acme"), Principal.user("u-7", RoleName.SALES_REP));
 *     CustomerId id = s.customers().create(newCustomer);
 * }
 * }</pre>
 *
 * <p>Thread-safe. Closing it closes the storage.
 */
public final class Crm implements AutoCloseable {
    private final Storage storage;
    private final Clock clock;
    private final IdGenerator ids;
    private final CrmConfiguration configuration;
    private final AccessPolicy policy;
    private final CommandValidator validator;
    private final NotificationSender notificationSender;
    private final DomainEventListener eventListener;
    private final ExchangeRates exchangeRates;
    private final Reclassifier reclassifier;
    private final OrgDirectory directory;
    private final WonDeals wonDeals;
    private final NotificationTemplates templates;
    private final Optional<PlanTaskCreator> planTaskCreator;
    private final JobRunner jobs;

    private Crm(Builder b) {
        this.storage = b.storage;
        this.clock = b.clock;
        this.ids = b.ids.orElseGet(() -> new TimeOrderedIdGenerator(b.clock));
        this.configuration = b.configuration;
        this.policy = new AccessPolicy(configuration.roles());
        this.validator = new CommandValidator();
        this.notificationSender = b.notificationSender;
        this.eventListener = b.eventListener;
        this.exchangeRates = b.exchangeRates;
        this.directory = b.directory;
        this.wonDeals = b.wonDeals;
        this.templates = b.templates.orElseGet(NotificationTemplates::defaults);
        this.planTaskCreator = b.planTaskCreator;
        // Checks every classification rule against the configuration now: a broken rule stops start-up.
        this.reclassifier = new Reclassifier(ClassificationPlan.of(configuration), ids);
        this.jobs = jobs(JobOptions.defaults());
    }

    /** {@return a builder; storage is required, the rest has defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Opens a session in the configuration's default locale.
     *
     * @param tenant the tenant
     * @param principal the acting user and roles, as authenticated by the host
     * @return the session
     */
    public CrmSession session(TenantId tenant, Principal principal) {
        return session(tenant, principal, configuration.locale().locale());
    }

    /**
     * Opens a session whose error messages are in the given locale (English and Simplified
     * Chinese are shipped).
     *
     * @param tenant the tenant
     * @param principal the acting user and roles
     * @param locale the message locale
     * @return the session
     */
    public CrmSession session(TenantId tenant, Principal principal, Locale locale) {
        return new CrmSession(context(tenant, principal, locale), reclassifier, directory, planTaskCreator, wonDeals);
    }

    private SessionContext context(TenantId tenant, Principal principal, Locale locale) {
        return new SessionContext(tenant, principal, locale, storage, clock, ids, configuration, policy, validator,
                exchangeRates, directory);
    }

    /**
     * This instance's runner of scheduled jobs (reclassification, …), with default options and an
     * owner id of its own: the host's scheduler calls {@link JobRunner#runDue()}, or
     * {@link JobRunner#start()} runs it on a thread of its own. Closing this {@code Crm} closes it.
     *
     * @return the runner; the same one every call
     */
    public JobRunner jobs() {
        return jobs;
    }

    /**
     * A runner of scheduled jobs with the given options (an owner id naming the host instance, a
     * lease, the tenants it runs for). The caller closes it before closing this {@code Crm}.
     *
     * @param options how to run
     * @return a new runner, not started
     */
    public JobRunner jobs(JobOptions options) {
        return new JobRunner(storage, clock, configuration.locale().zone(), configuration.jobs(),
                BuiltInFeatures.jobs((tenant, principal) -> context(tenant, principal, configuration.locale().locale()),
                        reclassifier), options);
    }

    /** {@return the sender notifications are delivered through} */
    public NotificationSender notificationSender() {
        return notificationSender;
    }

    /** {@return the notification templates, for a sender that renders them} */
    public NotificationTemplates templates() {
        return templates;
    }

    /** {@return the host's organisation chart} */
    public OrgDirectory directory() {
        return directory;
    }

    /**
     * A dispatcher that delivers the outbox of every tenant of this storage: notifications
     * through the {@link #notificationSender()}, domain events to the event listener, times
     * from this instance's clock. Several dispatchers (in this process or in other host
     * instances) may run at once. The caller drives it ({@link OutboxDispatcher#dispatchOnce()}
     * or {@link OutboxDispatcher#start()}) and closes it before closing this {@code Crm}.
     *
     * @param options batch size, lease, poll interval, send concurrency, retry policy
     * @return a new dispatcher, not started
     */
    public OutboxDispatcher outboxDispatcher(DispatchOptions options) {
        return new OutboxDispatcher(storage.outboxDelivery(), clock, notificationSender, eventListener, options);
    }

    /** {@return the configuration this instance runs with} */
    public CrmConfiguration configuration() {
        return configuration;
    }

    /** Stops the job runner of {@link #jobs()} and closes the storage. */
    @Override
    public void close() {
        jobs.close();
        validator.close();
        storage.close();
    }

    /** Builds a {@link Crm}. */
    public static final class Builder {
        private Storage storage;
        private Clock clock = Clock.systemUTC();
        private Optional<IdGenerator> ids = Optional.empty();
        private CrmConfiguration configuration = CrmConfiguration.defaults();
        private NotificationSender notificationSender = NotificationSender.none();
        private ExchangeRates exchangeRates = ExchangeRates.none();
        private OrgDirectory directory = OrgDirectory.none();
        private WonDeals wonDeals = WonDeals.none();
        private Optional<NotificationTemplates> templates = Optional.empty();
        private DomainEventListener eventListener = DomainEventListener.acknowledging();
        private Optional<PlanTaskCreator> planTaskCreator = Optional.empty();

        private Builder() {
        }

        /**
         * Sets the creator of the tasks of interaction plans with the action {@code CREATE_TASK}.
         *
         * @param value creates the tasks of interaction plans with the action {@code CREATE_TASK},
         *              for a host that keeps its own kind of task; default: crmkit's follow-up
         *              tasks ({@link io.crmkit.followup.service.FollowUpPlanTasks})
         * @return this builder
         */
        public Builder planTaskCreator(PlanTaskCreator value) {
            this.planTaskCreator = Optional.of(Objects.requireNonNull(value, "planTaskCreator"));
            return this;
        }

        /**
         * Sets the storage adapter.
         *
         * @param value the storage adapter; required
         * @return this builder
         */
        public Builder storage(Storage value) {
            this.storage = Objects.requireNonNull(value, "storage");
            return this;
        }

        /**
         * Sets the clock all timestamps and relative dates use.
         *
         * @param value the clock all timestamps and relative dates use; default: system UTC
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Sets the id generator.
         *
         * @param value the id generator; default: time-ordered UUIDs from the clock
         * @return this builder
         */
        public Builder idGenerator(IdGenerator value) {
            this.ids = Optional.of(Objects.requireNonNull(value, "idGenerator"));
            return this;
        }

        /**
         * Sets the deployment's configuration.
         *
         * @param value the deployment's configuration; default: {@link CrmConfiguration#defaults()}
         * @return this builder
         */
        public Builder configuration(CrmConfiguration value) {
            this.configuration = Objects.requireNonNull(value, "configuration");
            return this;
        }

        /**
         * Sets the host's sender for e-mail, SMS, in-app and webhook notifications.
         *
         * @param value the host's sender for e-mail, SMS, in-app and webhook notifications;
         *              default: {@link NotificationSender#none()}, which keeps messages queued
         * @return this builder
         */
        public Builder notificationSender(NotificationSender value) {
            this.notificationSender = Objects.requireNonNull(value, "notificationSender");
            return this;
        }

        /**
         * Sets the host's receiver of domain events from the outbox.
         *
         * @param value the host's receiver of domain events from the outbox; default:
         *              {@link DomainEventListener#acknowledging()}, which acknowledges them unread
         * @return this builder
         */
        public Builder eventListener(DomainEventListener value) {
            this.eventListener = Objects.requireNonNull(value, "eventListener");
            return this;
        }

        /**
         * Sets the host's exchange rates.
         *
         * @param value the host's exchange rates, used to convert purchases recorded in another
         *              currency than the configured one; default: {@link ExchangeRates#none()}
         * @return this builder
         */
        public Builder exchangeRates(ExchangeRates value) {
            this.exchangeRates = Objects.requireNonNull(value, "exchangeRates");
            return this;
        }

        /**
         * Sets the host's answer to whether a customer has a won deal.
         *
         * @param value whether a customer has a won deal, asked by the lifecycle guard
         *              {@code wonDealOrAdministrator}; default: {@link WonDeals#none()} (only an
         *              administrator may then enter such a status)
         * @return this builder
         */
        public Builder wonDeals(WonDeals value) {
            this.wonDeals = Objects.requireNonNull(value, "wonDeals");
            return this;
        }

        /**
         * Sets the host's organisation chart.
         *
         * @param value the host's organisation chart: managers (overdue escalations) and teams
         *              (overdue tasks by team); default: {@link OrgDirectory#none()}
         * @return this builder
         */
        public Builder directory(OrgDirectory value) {
            this.directory = Objects.requireNonNull(value, "directory");
            return this;
        }

        /**
         * Sets the notification templates.
         *
         * @param value the notification templates; default: {@link NotificationTemplates#defaults()}
         *              (English and Simplified Chinese)
         * @return this builder
         */
        public Builder templates(NotificationTemplates value) {
            this.templates = Optional.of(Objects.requireNonNull(value, "templates"));
            return this;
        }

        /**
         * Builds the instance.
         *
         * @return the instance
         * @throws IllegalStateException if no storage was given
         * @throws io.crmkit.storage.MissingPortException if the storage lacks a port one of crmkit's
         *         features needs (the message names each feature and port)
         */
        public Crm build() {
            if (storage == null) {
                throw new IllegalStateException("Crm.builder() needs .storage(...): e.g. new InMemoryStorage() "
                        + "or JdbcStorage.embedded(Path.of(\"crm-data\"))");
            }
            BuiltInFeatures.requirePorts(storage);
            return new Crm(this);
        }
    }
}
