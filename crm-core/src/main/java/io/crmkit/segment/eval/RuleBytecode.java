package io.crmkit.segment.eval;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a compiled node tree into one method of straight-line bytecode, defined as a hidden
 * class: the code a developer would write by hand for that one rule. Why: testing a million
 * customers is bound by memory, and a tree of virtual calls keeps fewer customers' loads in
 * flight than straight code with constant operands. {@code and}, {@code or} and {@code not}
 * become jumps, tag tests, whole-number custom fields, spend windows and contact dates become
 * loads and comparisons with the rule's constants; every other node is called as it is, so the
 * result is always the tree's result (the kit's equivalence property checks it against SQL).
 *
 * <p>Hidden classes are unloaded with their rule. If generation fails (a rule too large for
 * one method), the tree is used as it is.
 */
final class RuleBytecode implements Opcodes {
    private static final Logger LOG = LoggerFactory.getLogger(RuleBytecode.class);
    private static final String NODE = Type.getInternalName(Node.class);
    private static final String GENERATED = Type.getInternalName(GeneratedNode.class);
    private static final String FACTS = Type.getInternalName(SegmentFacts.class);
    private static final String SUM = Type.getInternalName(FigureNodes.Sum.class);
    private static final String FACTS_PARAM = "(" + Type.getDescriptor(SegmentFacts.class) + ")Z";
    private static final int THIS = 0;
    private static final int FACTS_LOCAL = 1;
    private static final int WORDS_LOCAL = 2;

    private final List<Node> calls = new ArrayList<>();
    private int nextLocal = 3;

    private RuleBytecode() {
    }

    /**
     * Generates the code of a tree.
     *
     * @param root the tree
     * @return a node that tests exactly as the tree does, or empty if it could not be generated
     */
    static Optional<Node> generate(Node root) {
        try {
            RuleBytecode generator = new RuleBytecode();
            byte[] bytes = generator.classFile(root);
            MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClass(bytes, true);
            MethodHandle constructor = hidden.findConstructor(hidden.lookupClass(),
                    MethodType.methodType(void.class, Node.class, Node[].class));
            return Optional.of((Node) constructor.invoke(root, generator.calls.toArray(Node[]::new)));
        } catch (Throwable e) { // any failure here only means that the tree runs as it is
            if (e instanceof VirtualMachineError fatal && !(e instanceof StackOverflowError)) {
                throw fatal;
            }
            LOG.debug("segment rule runs interpreted: its bytecode could not be generated ({})", e.toString());
            return Optional.empty();
        }
    }

    private byte[] classFile(Node root) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_FINAL | ACC_SUPER, "io/crmkit/segment/eval/GeneratedRule", null, GENERATED, null);

        MethodVisitor init = cw.visitMethod(0, "<init>", "(L" + NODE + ";[L" + NODE + ";)V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitVarInsn(ALOAD, 1);
        init.visitVarInsn(ALOAD, 2);
        init.visitMethodInsn(INVOKESPECIAL, GENERATED, "<init>", "(L" + NODE + ";[L" + NODE + ";)V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();

        MethodVisitor mv = cw.visitMethod(0, "test", FACTS_PARAM, null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, FACTS_LOCAL);
        mv.visitFieldInsn(GETFIELD, FACTS, "words", "[J");
        mv.visitVarInsn(ASTORE, WORDS_LOCAL);
        Label no = new Label();
        branch(mv, root, no, false);
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IRETURN);
        mv.visitLabel(no);
        mv.visitInsn(ICONST_0);
        mv.visitInsn(IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** Jumps to {@code target} when the node's result equals {@code jumpWhen}; falls through otherwise. */
    private void branch(MethodVisitor mv, Node n, Label target, boolean jumpWhen) {
        if (n instanceof Node.All all) {
            junction(mv, all.evaluationOrder(), target, jumpWhen, false);
        } else if (n instanceof Node.Any any) {
            junction(mv, any.children(), target, jumpWhen, true);
        } else if (n instanceof Node.Negation not) {
            branch(mv, not.children().get(0), target, !jumpWhen);
        } else if (jumpWhen) {
            Label fails = new Label();
            jumpIfFails(mv, n, fails);
            mv.visitJumpInsn(GOTO, target);
            mv.visitLabel(fails);
        } else {
            jumpIfFails(mv, n, target);
        }
    }

    /**
     * {@code and} ({@code any} false) or {@code or} ({@code any} true): each child decides the
     * whole as soon as it has the deciding value, short-circuiting exactly as the tree does.
     */
    private void junction(MethodVisitor mv, List<Node> parts, Label target, boolean jumpWhen, boolean any) {
        if (jumpWhen == any) {
            for (Node part : parts) {
                branch(mv, part, target, any);
            }
            return;
        }
        Label decided = new Label();
        for (Node part : parts) {
            branch(mv, part, decided, any);
        }
        mv.visitJumpInsn(GOTO, target);
        mv.visitLabel(decided);
    }

    /** A leaf: jumps to {@code fail} when it does not hold. */
    private void jumpIfFails(MethodVisitor mv, Node n, Label fail) {
        if (n instanceof Node.Constant) {
            if (!n.test(null)) {
                mv.visitJumpInsn(GOTO, fail);
            }
        } else if (n instanceof TagNodes.Bitwise b) {
            tag(mv, b, fail);
        } else if (n instanceof CustomFieldNodes.WholeField w && w.condition.isRange()) {
            word(mv, w.presenceWord);
            mv.visitLdcInsn(w.presenceBit);
            mv.visitInsn(LAND);
            mv.visitInsn(LCONST_0);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(IFEQ, fail);
            word(mv, w.valueWord);
            range(mv, w.condition, fail);
        } else if (n instanceof AttributeNodes.ContactedBefore c) {
            mv.visitVarInsn(ALOAD, FACTS_LOCAL);
            mv.visitFieldInsn(GETFIELD, FACTS, "lastContactMicros", "J");
            int at = local();
            mv.visitVarInsn(LSTORE, at);
            mv.visitVarInsn(LLOAD, at);
            mv.visitLdcInsn(SegmentFacts.NEVER);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(IFEQ, fail);
            mv.visitVarInsn(LLOAD, at);
            mv.visitLdcInsn(c.threshold);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(IFGE, fail);
        } else if (n instanceof FigureNodes.Sum s && s.condition.isRange()) {
            mv.visitVarInsn(ALOAD, FACTS_LOCAL);
            mv.visitFieldInsn(GETFIELD, FACTS, "purchaseDays", "[I");
            mv.visitVarInsn(ALOAD, FACTS_LOCAL);
            mv.visitFieldInsn(GETFIELD, FACTS, s.margin ? "purchaseMargins" : "purchaseAmounts", "[J");
            mv.visitLdcInsn(s.from);
            mv.visitLdcInsn(s.to);
            mv.visitMethodInsn(INVOKESTATIC, SUM, "total", "([I[JII)J", false);
            range(mv, s.condition, fail);
        } else {
            call(mv, n);
            mv.visitJumpInsn(IFEQ, fail);
        }
    }

    private void tag(MethodVisitor mv, TagNodes.Bitwise b, Label fail) {
        word(mv, b.dimension());
        if (b.mode() != TagNodes.Bitwise.EMPTY) {
            mv.visitLdcInsn(b.mask());
            mv.visitInsn(LAND);
        }
        if (b.mode() == TagNodes.Bitwise.ALL) {
            mv.visitLdcInsn(b.mask());
        } else {
            mv.visitInsn(LCONST_0);
        }
        mv.visitInsn(LCMP);
        // ANY holds when the masked bits are not zero; ALL, NONE and EMPTY when the comparison is equal.
        mv.visitJumpInsn(b.mode() == TagNodes.Bitwise.ANY ? IFEQ : IFNE, fail);
    }

    /** Pushes {@code words[index]}. */
    private static void word(MethodVisitor mv, int index) {
        mv.visitVarInsn(ALOAD, WORDS_LOCAL);
        mv.visitLdcInsn(index);
        mv.visitInsn(LALOAD);
    }

    /** Consumes the long on the stack; jumps to {@code fail} when it is outside the condition's range. */
    private void range(MethodVisitor mv, LongCondition c, Label fail) {
        int x = local();
        mv.visitVarInsn(LSTORE, x);
        // An open end (Long.MIN_VALUE or MAX_VALUE) passes every value, so it needs no test.
        if (c.low() != Long.MIN_VALUE) {
            mv.visitVarInsn(LLOAD, x);
            mv.visitLdcInsn(c.low());
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(IFLT, fail);
        }
        if (c.high() != Long.MAX_VALUE) {
            mv.visitVarInsn(LLOAD, x);
            mv.visitLdcInsn(c.high());
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(IFGT, fail);
        }
    }

    /** Pushes the result of calling a node the generator does not inline. */
    private void call(MethodVisitor mv, Node n) {
        mv.visitVarInsn(ALOAD, THIS);
        mv.visitFieldInsn(GETFIELD, GENERATED, "calls", "[L" + NODE + ";");
        mv.visitLdcInsn(calls.size());
        mv.visitInsn(AALOAD);
        mv.visitVarInsn(ALOAD, FACTS_LOCAL);
        mv.visitMethodInsn(INVOKEVIRTUAL, NODE, "test", FACTS_PARAM, false);
        calls.add(n);
    }

    /** {@return a fresh slot pair for a long} */
    private int local() {
        int slot = nextLocal;
        nextLocal += 2;
        return slot;
    }

    /**
     * What a generated rule class extends: the tree it was generated from (for its children
     * and explanations) and the nodes its code calls.
     */
    abstract static class GeneratedNode extends Node {
        final Node[] calls;
        private final Node tree;

        GeneratedNode(Node tree, Node[] calls) {
            super(tree.source);
            this.tree = tree;
            this.calls = calls;
        }

        @Override
        List<Node> children() {
            return tree.children();
        }
    }
}
