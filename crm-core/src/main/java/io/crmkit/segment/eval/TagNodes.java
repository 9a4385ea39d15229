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
        long m = mask;
        return switch (c.test()) {
            case HAS, HAS_ANY -> new Node(c) {
                @Override
                boolean test(SegmentFacts f) {
                    return (f.closedTags[d] & m) != 0;
                }
            };
            case HAS_ALL -> allKnown ? new Node(c) {
                @Override
                boolean test(SegmentFacts f) {
                    return (f.closedTags[d] & m) == m;
                }
            } : new Node.Constant(c, false);
            case HAS_NONE -> new Node(c) {
                @Override
                boolean test(SegmentFacts f) {
                    return (f.closedTags[d] & m) == 0;
                }
            };
            case IS_EMPTY -> new Node(c) {
                @Override
                boolean test(SegmentFacts f) {
                    return f.closedTags[d] == 0;
                }
            };
        };
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
