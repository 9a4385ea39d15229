package io.crmkit.segment.eval;

import io.crmkit.segment.rule.TagCondition;
import java.util.List;

/** Compiles tag conditions: bit-mask tests for closed dimensions, binary searches for open ones. */
final class TagNodes {

    private TagNodes() {
    }

    static Node compile(TagCondition c, FactsLayout layout) {
        int d = layout.dimension(c.dimension());
        if (d < 0) {
            // An unchecked rule naming an unknown dimension: no customer has such a tag.
            return new Node.Constant(c, switch (c.test()) {
                case HAS_NONE, IS_EMPTY -> true;
                default -> false;
            });
        }
        return layout.bitwise(d) ? bitwise(c, d, layout) : open(c, d);
    }

    private static Node bitwise(TagCondition c, int d, FactsLayout layout) {
        long mask = 0;
        boolean allKnown = true;
        for (String v : c.values()) {
            long bit = layout.bit(d, v);
            mask |= bit;
            allKnown &= bit != 0;
        }
        byte mode = switch (c.test()) {
            case HAS, HAS_ANY -> Bitwise.ANY;
            case HAS_ALL -> Bitwise.ALL;
            case HAS_NONE -> Bitwise.NONE;
            case IS_EMPTY -> Bitwise.EMPTY;
        };
        return c.test() == io.crmkit.segment.rule.TagTest.HAS_ALL && !allKnown ? new Node.Constant(c, false)
                : new Bitwise(c, d, mask, mode);
    }

    /** A test of one closed dimension's bit mask; {@link Node.All} runs these inline. */
    static final class Bitwise extends Node {
        static final byte ANY = 0;
        static final byte ALL = 1;
        static final byte NONE = 2;
        static final byte EMPTY = 3;

        private final int dimension;
        private final long mask;
        private final byte mode;

        Bitwise(TagCondition source, int dimension, long mask, byte mode) {
            super(source);
            this.dimension = dimension;
            this.mask = mask;
            this.mode = mode;
        }

        static boolean holds(byte mode, long bits, long mask) {
            return switch (mode) {
                case ANY -> (bits & mask) != 0;
                case ALL -> (bits & mask) == mask;
                case NONE -> (bits & mask) == 0;
                default -> bits == 0;
            };
        }

        @Override
        boolean test(SegmentFacts f) {
            return holds(mode, f.words[dimension], mask);
        }

        @Override
        int cost() {
            return 1;
        }

        int dimension() {
            return dimension;
        }

        long mask() {
            return mask;
        }

        byte mode() {
            return mode;
        }
    }

    private static Node open(TagCondition c, int d) {
        List<String> values = c.values();
        return switch (c.test()) {
            case HAS, HAS_ANY -> new Node(c) {
                @Override
                boolean test(SegmentFacts f) {
                    return hasAny(f, d, values);
                }
            };
            case HAS_ALL -> new Node(c) {
                @Override
                boolean test(SegmentFacts f) {
                    for (String v : values) {
                        if (!f.hasOpenTag(d, v)) {
                            return false;
                        }
                    }
                    return true;
                }
            };
            case HAS_NONE -> new Node(c) {
                @Override
                boolean test(SegmentFacts f) {
                    return !hasAny(f, d, values);
                }
            };
            case IS_EMPTY -> new Node(c) {
                @Override
                boolean test(SegmentFacts f) {
                    return f.openTags[d].length == 0;
                }
            };
        };
    }

    private static boolean hasAny(SegmentFacts f, int d, List<String> values) {
        for (String v : values) {
            if (f.hasOpenTag(d, v)) {
                return true;
            }
        }
        return false;
    }
}
