package io.crmkit.kit;

import io.crmkit.kit.service.ClassificationContract;
import io.crmkit.kit.service.ConcurrentUpdateContract;
import io.crmkit.kit.service.CustomerInputProperties;
import io.crmkit.kit.service.CustomerServiceContract;
import io.crmkit.kit.service.CustomerViewContract;
import io.crmkit.kit.service.FollowUpNoticeProperties;
import io.crmkit.kit.service.FollowUpProperties;
import io.crmkit.kit.service.FollowUpServiceContract;
import io.crmkit.kit.service.InteractionPlanContract;
import io.crmkit.kit.service.InteractionPortsContract;
import io.crmkit.kit.service.InteractionServiceContract;
import io.crmkit.kit.service.JobFailureContract;
import io.crmkit.kit.service.JobLeaseContract;
import io.crmkit.kit.service.LifecycleContract;
import io.crmkit.kit.service.PurchaseServiceContract;
import io.crmkit.kit.service.ReclassificationJobContract;
import io.crmkit.kit.service.SharingContract;
import io.crmkit.kit.service.VisibilityProperties;
import io.crmkit.kit.service.ScheduledJobsContract;
import io.crmkit.kit.service.SegmentServiceContract;
import io.crmkit.kit.service.TagServiceContract;
import io.crmkit.kit.service.TimelineContract;
import io.crmkit.storage.Storage;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * Every contract of the kit, run on one storage by one subclass: implement {@link #storage()}
 * (and, for an adapter with database connections, {@link #breakableStorage()}).
 *
 * <pre>{@code
 * class MyStorageCompatibilityTest extends StorageCompatibilityKit {
 *     @Override
 *     protected Storage storage() {
 *         return MyStorages.shared();
 *     }
 * }
 * }</pre>
 *
 * <p>Each contract keeps its own class; the kit nests one subclass of each, grouped by feature
 * and port, whose factory is this kit's. JUnit Jupiter runs the {@code @Nested} classes (the
 * contracts' tests), jqwik the {@code @Group} classes (their properties); a group holding both
 * kinds carries both annotations, so one subclass of the kit runs everything on both engines
 * (see the package description). {@code KitCompletenessTest} fails the kit's build if a contract
 * of the kit is not reached by the engine its tests need.
 *
 * <p>The factory may return one shared storage for every test: each test and each property
 * try works in fresh random tenants. The kit never closes the storage. The outbox delivery
 * contracts claim across tenants and drain the storage first: no other test may dispatch from
 * it while the kit runs (surefire runs test classes one after another by default).
 */
public abstract class StorageCompatibilityKit extends StoragePortContracts {

    /** Creates the kit. */
    protected StorageCompatibilityKit() {
    }

    @Nested
    @Group
    @DisplayName("customers through crmkit's services")
    @Label("customers through crmkit's services")
    class CustomerFeature {
        @Nested
        @DisplayName("creates, changes and reads customers through the customer service")
        class CustomerService extends CustomerServiceContract {
            @Override
            protected Storage storage() {
                return StorageCompatibilityKit.this.storage();
            }
        }

        @Nested
        @DisplayName("shows a customer with every feature's part in a bounded number of storage calls")
        class CustomerView extends CustomerViewContract {
            @Override
            protected Storage storage() {
                return StorageCompatibilityKit.this.storage();
            }
        }

        @Nested
        @DisplayName("applies data scopes and shares in every listing, count and read")
        class Sharing extends SharingContract {
            @Override
            protected Storage storage() {
                return StorageCompatibilityKit.this.storage();
            }
        }

        @Group
        @Label("shows exactly what random scopes and shares allow in every path")
        class Visibility implements VisibilityProperties {
            @Override
            public Storage storage() {
                return StorageCompatibilityKit.this.storage();
            }
        }

        @Nested
        @DisplayName("loses no update of concurrent writers, records a raced order once")
        class ConcurrentUpdate extends ConcurrentUpdateContract {
            @Override
            protected Storage storage() {
                return StorageCompatibilityKit.this.storage();
            }
        }

        @Group
        @Label("stores random valid input and refuses random invalid input")
        class CustomerInput implements CustomerInputProperties {
            @Override
            public Storage storage() {
                return StorageCompatibilityKit.this.storage();
            }
        }

        @Nested
        @Group
        @DisplayName("follows the configured lifecycle state machine")
        @Label("follows the configured lifecycle state machine")
        class Lifecycle extends LifecycleContract {
            @Override
            protected Storage storage() {
                return StorageCompatibilityKit.this.storage();
            }
        }
    }

    @Nested
    @DisplayName("tags")
    class TagFeature {
        @Nested
        @DisplayName("tags one customer, many, or a segment's members, all or nothing")
        class TagService extends TagServiceContract {
            @Override
            protected Storage storage() {
                return StorageCompatibilityKit.this.storage();
            }
        }
    }

    @Nested
    @DisplayName("purchases")
    class PurchaseFeature {
        @Nested
        @DisplayName("records purchases once, in any currency, and sums their figures")
        class PurchaseService extends PurchaseServiceContract {
            @Override
            protected Storage storage() {
                return StorageCompatibilityKit.this.storage();
            }
        }
    }

    @Nested
    @Group
    @DisplayName("segments")
    @Label("segments")
    class SegmentFeature {
        @Group
        @Label("selects exactly the members crmkit's compiled rule selects")
        class SegmentEquivalence implements SegmentEquivalenceProperties {
            @Override
            public Storage storage() {
                return StorageCompatibilityKit.this.storage();
            }
        }

        @Nested
        @DisplayName("previews, saves and explains segments")
        class SegmentService extends SegmentServiceContract {
            @Override
            protected Storage storage() {
                return StorageCompatibilityKit.this.storage();
            }
        }
    }

    @Nested
    @DisplayName("classification")
    class ClassificationFeature {
        @Nested
        @DisplayName("classifies customers by value and urgency, one or a whole tenant")
        class Classification extends ClassificationContract {
            @Override
            protected Storage storage() {
                return StorageCompatibilityKit.this.storage();
            }
        }
    }

    @Nested
    @Group
    @DisplayName("follow-up tasks")
    @Label("follow-up tasks")
    class FollowUpFeature {
        @Nested
        @DisplayName("creates, completes, lists and reminds of follow-up tasks")
        class FollowUpService extends FollowUpServiceContract {
            @Override
            protected Storage storage() {
                return StorageCompatibilityKit.this.storage();
            }
        }

        @Group
        @Label("keeps hostile text, pages and derives overdue from the clock")
        class FollowUps implements FollowUpProperties {
            @Override
            public Storage storage() {
                return StorageCompatibilityKit.this.storage();
            }
        }

        @Group
        @Label("keeps exactly the notices a random task history leaves pending")
        class FollowUpNotices implements FollowUpNoticeProperties {
            @Override
            public Storage storage() {
                return StorageCompatibilityKit.this.storage();
            }
        }
    }

    @Nested
    @Group
    @DisplayName("interactions, the timeline and interaction plans")
    @Label("interactions, the timeline and interaction plans")
    class InteractionFeature {
        @Nested
        @Group
        @DisplayName("logs interactions and records the last contact")
        @Label("logs interactions and records the last contact")
        class InteractionService extends InteractionServiceContract {
            @Override
            protected Storage storage() {
                return StorageCompatibilityKit.this.storage();
            }
        }

        @Nested
        @DisplayName("reports the Interactions and InteractionPlans ports' conflicts and rolls them back")
        class InteractionPorts extends InteractionPortsContract {
            @Override
            protected Storage storage() {
                return StorageCompatibilityKit.this.storage();
            }
        }

        @Nested
        @Group
        @DisplayName("merges the customer timeline newest first, in stable keyset pages")
        @Label("merges the customer timeline newest first, in stable keyset pages")
        class Timeline extends TimelineContract {
            @Override
            protected Storage storage() {
                return StorageCompatibilityKit.this.storage();
            }
        }

        @Nested
        @DisplayName("runs interaction plans resumably, never handling a member twice")
        class InteractionPlan extends InteractionPlanContract {
            @Override
            protected Storage storage() {
                return StorageCompatibilityKit.this.storage();
            }
        }
    }

    @Nested
    @DisplayName("scheduled work")
    class ScheduledWork {
        @Nested
        @DisplayName("claims job runs with a lease, records them only by their owner, lists them and the tenants")
        class JobRunsPort extends JobRunsContract {
            @Override
            protected Storage storage() {
                return StorageCompatibilityKit.this.storage();
            }
        }

        @Nested
        @DisplayName("runs each job at its wall-clock times, once per due time and tenant, and records each run")
        class ScheduledJobs extends ScheduledJobsContract {
            @Override
            protected Storage storage() {
                return StorageCompatibilityKit.this.storage();
            }
        }

        @Nested
        @DisplayName("runs each due time once among racing instances and resumes a dead instance's run")
        class JobLeases extends JobLeaseContract {
            @Override
            protected Storage storage() {
                return StorageCompatibilityKit.this.storage();
            }
        }

        @Nested
        @DisplayName("steps over items that fail and fails a run that cannot start")
        class JobFailures extends JobFailureContract {
            @Override
            protected Storage storage() {
                return StorageCompatibilityKit.this.storage();
            }
        }

        @Nested
        @DisplayName("reclassifies customers whose tier time alone has changed")
        class Reclassification extends ReclassificationJobContract {
            @Override
            protected Storage storage() {
                return StorageCompatibilityKit.this.storage();
            }
        }
    }
}
