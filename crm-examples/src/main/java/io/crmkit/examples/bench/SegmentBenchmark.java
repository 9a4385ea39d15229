package io.crmkit.examples.bench;

import io.crmkit.segment.eval.CompiledRule;
import io.crmkit.segment.eval.SegmentFacts;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluating a segment rule in memory: one full scan of {@link #customers} customers' facts
 * counting the members of the five-clause rule {@link SegmentBenchData#RULE} (two tags, a
 * custom field, 12-month spend, last contact), three ways side by side:
 * <ul>
 *   <li>{@link #compiledRule()}: crmkit's {@link CompiledRule}, compiled once;</li>
 *   <li>{@link #handWritten()}: the same condition in plain Java over the same facts
 *       ({@link HandWrittenSegment}, the practical limit);</li>
 *   <li>{@link #jexl()}: the same condition as an Apache Commons JEXL 3 expression compiled once
 *       ({@link JexlSegment}, what a host would otherwise embed).</li>
 * </ul>
 * The score is full scans per second (divide into the customer count for customers per
 * second). The facts are built once per trial (JMH runs one trial per benchmark method), in a
 * fork with {@code -Xms4g -Xmx4g}, room for a million customers' facts with their
 * {@code Customer} records; setup checks that the three variants count
 * the same members, and fails otherwise.
 *
 * <p>Run: {@code java -jar crm-examples/target/benchmarks.jar SegmentBenchmark -rf json -rff segment.json};
 * a smoke run: add {@code -f 1 -wi 1 -w 1 -i 1 -r 2 -p customers=20000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Threads(1)
public class SegmentBenchmark {
    /** How many customers one scan evaluates. */
    @Param("1000000")
    public int customers;

    private SegmentFacts[] facts = new SegmentFacts[0];
    private CompiledRule rule;
    private HandWrittenSegment hand;
    private JexlSegment jexl;

    /** Creates the benchmark state (JMH calls {@link #setUp()}). */
    public SegmentBenchmark() {
    }

    /**
     * Generates the customers' facts, prepares the three variants and checks that they agree.
     *
     * @throws IllegalStateException if the variants count different members
     */
    @Setup(Level.Trial)
    public void setUp() {
        SegmentBenchData data = new SegmentBenchData();
        long start = System.nanoTime();
        facts = data.facts(customers);
        rule = CompiledRule.compileForScans(data.bound(), data.layout());
        hand = new HandWrittenSegment(data.layout(), SegmentBenchData.NOW, SegmentBenchData.ZONE);
        jexl = new JexlSegment(data.layout(), SegmentBenchData.NOW, SegmentBenchData.ZONE);
        int expected = compiledRule();
        int byHand = handWritten();
        int byJexl = jexl();
        System.err.printf("%n[%,d customers' facts built in %.1f s; %,d members (%.2f %%)]%n", customers,
                (System.nanoTime() - start) / 1e9, expected, 100.0 * expected / Math.max(1, customers));
        if (byHand != expected || byJexl != expected) {
            throw new IllegalStateException("the variants disagree: compiled rule " + expected + ", hand-written "
                    + byHand + ", JEXL " + byJexl);
        }
    }

    /**
     * crmkit: the compiled rule's predicate over every customer.
     *
     * @return how many members
     */
    @Benchmark
    public int compiledRule() {
        int n = 0;
        CompiledRule r = rule;
        for (SegmentFacts f : facts) {
            if (r.test(f)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Plain Java over the same facts.
     *
     * @return how many members
     */
    @Benchmark
    public int handWritten() {
        return hand.count(facts);
    }

    /**
     * The JEXL expression over the same facts.
     *
     * @return how many members
     */
    @Benchmark
    public int jexl() {
        return jexl.count(facts);
    }

    /** {@return the facts (for the smoke test)} */
    SegmentFacts[] facts() {
        return facts;
    }
}
