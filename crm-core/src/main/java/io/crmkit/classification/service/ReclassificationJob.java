package io.crmkit.classification.service;

import io.crmkit.access.Principal;
import io.crmkit.access.RoleName;
import io.crmkit.config.JobSettings;
import io.crmkit.schedule.JobRun;
import io.crmkit.schedule.service.ScheduledJob;
import io.crmkit.schedule.service.TenantWork;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.UserId;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The scheduled job {@value JobSettings#RECLASSIFICATION}: reclassifies every customer of a
 * tenant as of the run's time, so that what depends on time alone — spend over the last 12
 * months, days since the last contact — moves without any other change to the customer. It is
 * {@link ClassificationService#reclassifyAll()}'s batch, done page by page under the job
 * runner's lease and cursor: a customer whose tags already match is not written, audited or
 * announced; one whose tags change is audited by {@link #ACTOR} and announced with a
 * {@code Classified} event, as any reclassification is.
 */
public final class ReclassificationJob implements ScheduledJob {
    /** Who the job's changes are audited as. */
    public static final UserId ACTOR = UserId.of("job:" + JobSettings.RECLASSIFICATION);
    /** The principal of the job's sessions: {@link #ACTOR} as an administrator. */
    public static final Principal PRINCIPAL = new Principal(ACTOR, Set.of(RoleName.ADMINISTRATOR));

    private final Function<TenantId, ClassificationService> services;

    /**
     * Creates the job ({@code Crm} does this).
     *
     * @param services the classification service of a tenant, in a session of {@link #PRINCIPAL}
     */
    public ReclassificationJob(Function<TenantId, ClassificationService> services) {
        this.services = Objects.requireNonNull(services, "services");
    }

    @Override
    public String name() {
        return JobSettings.RECLASSIFICATION;
    }

    /** Samples RFM inputs if the method needs them and compiles the plan as of now; the run's cursor is a customer page's. */
    @Override
    public TenantWork begin(TenantId tenant, JobRun run) {
        return services.apply(tenant).batch();
    }
}
