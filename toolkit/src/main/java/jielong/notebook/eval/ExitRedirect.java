package jielong.notebook.eval;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Rewrites a compiled cell class so that {@code System.exit(int)} calls {@link CellExit#exit(int)} instead,
 * and {@code Runtime.getRuntime().exit(int)} and {@code .halt(int)} call {@link CellExit#runtimeExit} and
 * {@link CellExit#runtimeHalt}.
 *
 * <p>Why not a security manager? On Java 17 installing one prints a removal warning on every start, and
 * later Java versions refuse it. Rewriting is small: a call to {@code System.exit} is a constant-pool
 * entry naming the class {@code java/lang/System}, the method {@code exit} and its type {@code (I)V}.
 * We append one new class entry for {@link CellExit} and point that method reference at it. Nothing
 * else in the class moves, because new entries go at the end of the pool.
 */
final class ExitRedirect {

    private static final String TARGET = CellExit.class.getName().replace('.', '/');

    // Constant-pool tags (JVM specification, section 4.4).
    private static final int UTF8 = 1, LONG = 5, DOUBLE = 6, CLASS = 7, METHODREF = 10, NAME_AND_TYPE = 12;

    private ExitRedirect() {
    }

    /**
     * Returns the class bytes with every {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt}
     * redirected, or the same bytes if there is none.
     */
    static byte[] rewrite(byte[] classFile) {
        ByteBuffer in = ByteBuffer.wrap(classFile);
        in.position(8); // magic number and version
        int count = in.getShort() & 0xFFFF;
        int[] offsets = new int[count]; // where each entry's tag byte sits
        for (int i = 1; i < count; i++) {
            offsets[i] = in.position();
            int tag = in.get();
            in.position(in.position() + entryLength(tag, in));
            if (tag == LONG || tag == DOUBLE) {
                i++; // these take two slots
            }
        }
        int poolEnd = in.position();

        byte[] out = classFile.clone();
        // Appended entries: the CellExit class (its name at count, the class at count + 1), then, if needed,
        // for Runtime: two names, one type, two name-and-types and two method references.
        int cellExitClass = count + 1;
        int runtimeExitRef = count + 7, runtimeHaltRef = count + 8;
        boolean systemExit = false;
        boolean[] runtimeCall = new boolean[count]; // methodref index -> is Runtime.exit or Runtime.halt
        boolean anyRuntime = false;
        for (int i = 1; i < count; i++) {
            if (classFile[offsets[i]] != METHODREF) {
                continue;
            }
            String owner = memberOwner(classFile, offsets, offsets[i]);
            String name = memberName(classFile, offsets, offsets[i]);
            String type = memberType(classFile, offsets, offsets[i]);
            if (owner.equals("java/lang/System") && name.equals("exit") && type.equals("(I)V")) {
                out[offsets[i] + 1] = (byte) (cellExitClass >> 8);
                out[offsets[i] + 2] = (byte) cellExitClass;
                systemExit = true;
            } else if (owner.equals("java/lang/Runtime") && (name.equals("exit") || name.equals("halt")) && type.equals("(I)V")) {
                runtimeCall[i] = true;
                anyRuntime = true;
            }
        }
        // Runtime.getRuntime().exit(n) is an invokevirtual on a Runtime; the same call as an invokestatic of
        // CellExit.runtimeExit(Runtime, int) takes the same two stack slots, so the code keeps its length.
        boolean runtimeRedirected = anyRuntime && redirectRuntimeCalls(out, poolEnd, classFile, offsets, runtimeCall,
                runtimeExitRef, runtimeHaltRef);
        if (!systemExit && !runtimeRedirected) {
            return classFile;
        }
        try {
            ByteArrayOutputStream result = new ByteArrayOutputStream(classFile.length + 128);
            DataOutputStream data = new DataOutputStream(result);
            data.write(out, 0, 8);
            data.writeShort(count + (runtimeRedirected ? 9 : 2));
            data.write(out, 10, poolEnd - 10);
            data.writeByte(UTF8);                        // count
            data.writeUTF(TARGET);
            data.writeByte(CLASS);                       // count + 1
            data.writeShort(count);
            if (runtimeRedirected) {
                data.writeByte(UTF8);                    // count + 2
                data.writeUTF("runtimeExit");
                data.writeByte(UTF8);                    // count + 3
                data.writeUTF("runtimeHalt");
                data.writeByte(UTF8);                    // count + 4
                data.writeUTF("(Ljava/lang/Runtime;I)V");
                data.writeByte(NAME_AND_TYPE);           // count + 5
                data.writeShort(count + 2);
                data.writeShort(count + 4);
                data.writeByte(NAME_AND_TYPE);           // count + 6
                data.writeShort(count + 3);
                data.writeShort(count + 4);
                data.writeByte(METHODREF);               // count + 7
                data.writeShort(cellExitClass);
                data.writeShort(count + 5);
                data.writeByte(METHODREF);               // count + 8
                data.writeShort(cellExitClass);
                data.writeShort(count + 6);
            }
            data.write(out, poolEnd, out.length - poolEnd);
            return result.toByteArray();
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static final int INVOKEVIRTUAL = 0xb6, INVOKESTATIC = 0xb8;

    /**
     * Walks every method's code and turns each {@code invokevirtual} of a Runtime.exit or halt reference
     * into an {@code invokestatic} of CellExit's; edits {@code out} in place, returns whether any changed.
     */
    private static boolean redirectRuntimeCalls(byte[] out, int poolEnd, byte[] b, int[] offsets, boolean[] runtimeCall,
                                                int exitRef, int haltRef) {
        ByteBuffer in = ByteBuffer.wrap(b);
        in.position(poolEnd + 6); // access flags, this class, super class
        int interfaces = in.getShort() & 0xFFFF;
        in.position(in.position() + 2 * interfaces);
        skipMembers(in); // fields
        boolean changed = false;
        int methods = in.getShort() & 0xFFFF;
        for (int m = 0; m < methods; m++) {
            in.position(in.position() + 6); // access flags, name, descriptor
            int attributes = in.getShort() & 0xFFFF;
            for (int a = 0; a < attributes; a++) {
                int name = in.getShort() & 0xFFFF;
                int length = in.getInt();
                int next = in.position() + length;
                if (utf8(b, offsets[name]).equals("Code")) {
                    int codeLength = in.getInt(in.position() + 4); // after max stack and max locals
                    int code = in.position() + 8;
                    for (int pc = 0; pc < codeLength; pc += instructionLength(b, code, pc)) {
                        int op = b[code + pc] & 0xFF;
                        if (op == INVOKEVIRTUAL) {
                            int ref = u2(b, code + pc + 1);
                            if (ref < runtimeCall.length && runtimeCall[ref]) {
                                int target = memberName(b, offsets, offsets[ref]).equals("exit") ? exitRef : haltRef;
                                out[code + pc] = (byte) INVOKESTATIC;
                                out[code + pc + 1] = (byte) (target >> 8);
                                out[code + pc + 2] = (byte) target;
                                changed = true;
                            }
                        }
                    }
                }
                in.position(next);
            }
        }
        return changed;
    }

    private static void skipMembers(ByteBuffer in) {
        int members = in.getShort() & 0xFFFF;
        for (int i = 0; i < members; i++) {
            in.position(in.position() + 6);
            int attributes = in.getShort() & 0xFFFF;
            for (int a = 0; a < attributes; a++) {
                in.position(in.position() + 2);
                int length = in.getInt();
                in.position(in.position() + length);
            }
        }
    }

    /** The length in bytes of the instruction at {@code pc} (JVM specification, chapter 6). */
    private static int instructionLength(byte[] b, int code, int pc) {
        int op = b[code + pc] & 0xFF;
        if (op == 0xaa || op == 0xab) { // tableswitch, lookupswitch: padded to a multiple of 4 from the code's start
            int at = pc + 1 + ((4 - (pc + 1) % 4) % 4);
            if (op == 0xaa) {
                int low = s4(b, code + at + 4);
                int high = s4(b, code + at + 8);
                return at - pc + 12 + 4 * (high - low + 1);
            }
            return at - pc + 8 + 8 * s4(b, code + at + 4);
        }
        if (op == 0xc4) { // wide
            return (b[code + pc + 1] & 0xFF) == 0x84 ? 6 : 4;
        }
        if (op == 0x10 || op == 0x12 || (op >= 0x15 && op <= 0x19) || (op >= 0x36 && op <= 0x3a) || op == 0xa9
                || op == 0xbc) {
            return 2;
        }
        if (op == 0x11 || op == 0x13 || op == 0x14 || op == 0x84 || (op >= 0x99 && op <= 0xa8)
                || (op >= 0xb2 && op <= 0xb8) || op == 0xbb || op == 0xbd || op == 0xc0 || op == 0xc1
                || op == 0xc6 || op == 0xc7) {
            return 3;
        }
        if (op == 0xc5) {
            return 4;
        }
        if (op == 0xb9 || op == 0xba || op == 0xc8 || op == 0xc9) {
            return 5;
        }
        return 1;
    }

    private static int s4(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    private static String memberOwner(byte[] b, int[] offsets, int ref) {
        return utf8(b, offsets[u2(b, offsets[u2(b, ref + 1)] + 1)]);
    }

    private static String memberName(byte[] b, int[] offsets, int ref) {
        return utf8(b, offsets[u2(b, offsets[u2(b, ref + 3)] + 1)]);
    }

    private static String memberType(byte[] b, int[] offsets, int ref) {
        return utf8(b, offsets[u2(b, offsets[u2(b, ref + 3)] + 3)]);
    }

    /** Bytes after the tag byte; {@code in} is positioned just after the tag. */
    private static int entryLength(int tag, ByteBuffer in) {
        switch (tag) {
            case UTF8:
                return 2 + (in.getShort(in.position()) & 0xFFFF);
            case 3: case 4: case 9: case METHODREF: case 11: case NAME_AND_TYPE: case 17: case 18:
                return 4;
            case LONG: case DOUBLE:
                return 8;
            case CLASS: case 8: case 16: case 19: case 20:
                return 2;
            case 15:
                return 3;
            default:
                throw new IllegalArgumentException("unknown constant-pool tag " + tag);
        }
    }

    private static int u2(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    private static String utf8(byte[] b, int entry) {
        // Class and member names here are plain ASCII, so standard UTF-8 decoding is exact enough.
        return new String(b, entry + 3, u2(b, entry + 1), StandardCharsets.UTF_8);
    }
}
