/**
 * The compatibility kit: the contracts every storage adapter must pass, and
 * {@link io.crmkit.kit.StorageCompatibilityKit}, which runs all of them with one subclass per
 * storage. A test library: adapters depend on this artifact in test scope.
 *
 * <p>Each contract is its own class: an abstract JUnit 5 class with one factory method
 * ({@code protected abstract Storage storage()}) and {@code @Nested} groups, or a jqwik property
 * interface ({@code Storage storage()} and {@code @Property} default methods). Three service
 * contracts ({@code LifecycleContract}, {@code TimelineContract},
 * {@code InteractionServiceContract}) hold JUnit tests and jqwik properties both.
 *
 * <p><b>Why one kit class for both engines.</b> JUnit Jupiter only runs member classes marked
 * {@code @Nested}; jqwik does not run those, it runs member classes marked {@code @Group}
 * (which Jupiter ignores). Both engines find member classes through the class hierarchy, so
 * groups declared in the abstract kit run in a subclass declared anywhere, and both instantiate
 * a group through its enclosing instances, so a group's factory can delegate to the kit's
 * ({@code StorageCompatibilityKit.this.storage()}). The kit therefore nests a JUnit contract
 * under {@code @Nested}, a property interface under {@code @Group}, a contract holding both
 * under both; a feature's grouping class carries each annotation its members need. One
 * subclass of the kit is then a test class for both engines: an adapter cannot run the tests
 * and forget the properties, as it could with a second kit class for jqwik. Under jqwik the
 * JUnit lifecycle ({@code @BeforeEach}) does not run, which is why the property interfaces take
 * their storage from the factory in every try, as they did when implemented one by one. jqwik
 * lifecycle hooks ({@code @AddLifecycleHook}, e.g. one that skips the properties when a database
 * is missing) go on the kit's subclass and apply to every group in it; display names are
 * {@code @DisplayName} for Jupiter and {@code @Label} for jqwik.
 *
 * <p>The kit's own build checks that it is complete: a test scans this package and
 * {@code io.crmkit.kit.service} for every test and property method and fails if one is not
 * reached from the kit through the annotation its engine follows.
 *
 * <p>{@link io.crmkit.kit.ContractFixtures}, {@link io.crmkit.kit.ContractArbitraries},
 * {@link io.crmkit.kit.HostileText} and {@link io.crmkit.kit.MovableClock} build the kit's values
 * and clocks; adapters may use them in their own tests.
 */
package io.crmkit.kit;
