package io.crmkit.segment.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerDetails;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerType;
import io.crmkit.shared.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The generated code decides as the node tree it comes from. (The contract kit's segment
 * equivalence property checks the same for random rules of every operand against SQL; this
 * checks the jumps of {@code and}, {@code or} and {@code not} and each tag mode in isolation.)
 */
class RuleBytecodeTest {
    private static final Customer CUSTOMER = new Customer(CustomerId.parse("00000000-0000-7000-8000-000000000001"),
            new CustomerDetails(CustomerType.COMPANY, "Acme", "manufacturing", Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Map.of()),
            List.of(), UserId.of("u-1"), "prospect", Instant.EPOCH, UserId.of("u-1"), Instant.EPOCH, 1);

    private static SegmentFacts facts(long... words) {
        return new SegmentFacts(CUSTOMER, words, new String[0][], new Object[0], new int[0], new long[0], new long[0],
                SegmentFacts.NEVER);
    }

    private static Node tag(int dimension, long mask, byte mode) {
        return new TagNodes.Bitwise(null, dimension, mask, mode);
    }

    @Test
    void generatesAHiddenClassForATreeOfTagTests() {
        Node tree = new Node.All(null, List.of(tag(0, 0b11, TagNodes.Bitwise.ANY),
                new Node.Negation(null, tag(1, 0b100, TagNodes.Bitwise.ALL))));
        Optional<Node> generated = RuleBytecode.generate(tree);
        assertThat(generated).isPresent();
        assertThat(generated.get().getClass().isHidden()).isTrue();
        assertThat(generated.get().test(facts(0b01, 0b000))).isTrue();
        assertThat(generated.get().test(facts(0b01, 0b100))).isFalse();
        assertThat(generated.get().test(facts(0b00, 0b000))).isFalse();
        assertThat(generated.get().children()).isEqualTo(tree.children());
    }

    @Property(tries = 300)
    void decidesAsTheTreeForEveryTagModeAndJunction(@ForAll @LongRange(min = 0, max = 15) long first,
                                                    @ForAll @LongRange(min = 0, max = 15) long second,
                                                    @ForAll @LongRange(min = 0, max = 15) long third,
                                                    @ForAll @LongRange(min = 0, max = 15) long mask) {
        List<Node> leaves = new ArrayList<>();
        for (byte mode = TagNodes.Bitwise.ANY; mode <= TagNodes.Bitwise.EMPTY; mode++) {
            for (int d = 0; d < 3; d++) {
                leaves.add(tag(d, mask, mode));
            }
        }
        leaves.add(new Node.Constant(null, true));
        leaves.add(new Node.Constant(null, false));
        leaves.add(new Node(null) { // a kind the generator does not inline: called as it is
            @Override
            boolean test(SegmentFacts f) {
                return f.words[0] > f.words[1];
            }
        });
        SegmentFacts f = facts(first, second, third);
        for (int i = 0; i < leaves.size(); i++) {
            Node a = leaves.get(i);
            Node b = leaves.get((i * 7 + 3) % leaves.size());
            Node c = leaves.get((i * 5 + 1) % leaves.size());
            List<Node> trees = List.of(a, new Node.Negation(null, a),
                    new Node.All(null, List.of(a, new Node.Any(null, List.of(b, new Node.Negation(null, c))))),
                    new Node.Any(null, List.of(new Node.All(null, List.of(a, b)), new Node.Negation(null,
                            new Node.All(null, List.of(c, new Node.Any(null, List.of(a, b))))))),
                    new Node.Negation(null, new Node.Any(null, List.of(a, b, c))));
            for (Node tree : trees) {
                assertThat(RuleBytecode.generate(tree)).get()
                        .satisfies(g -> assertThat(g.test(f)).isEqualTo(tree.test(f)));
            }
        }
    }

    @Test
    void aTreeTooLargeForOneMethodRunsAsItIs() {
        List<Node> parts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            parts.add(new Node(null) {
                @Override
                boolean test(SegmentFacts f) {
                    return true;
                }
            });
        }
        Node tree = new Node.All(null, parts);
        assertThat(RuleBytecode.generate(tree)).isEmpty();
    }
}
