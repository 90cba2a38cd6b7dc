package jielong.notebook.eval;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Rewrites a compiled cell class so that {@code System.exit(int)} calls {@link CellExit#exit(int)} instead.
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

    /** Returns the class bytes with every {@code System.exit} redirected, or the same bytes if there is none. */
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

        boolean found = false;
        byte[] out = classFile.clone();
        int newClassIndex = count + 1; // index count is our UTF8 name, count + 1 the class entry
        for (int i = 1; i < count; i++) {
            if (classFile[offsets[i]] == METHODREF && isSystemExit(classFile, offsets, offsets[i])) {
                out[offsets[i] + 1] = (byte) (newClassIndex >> 8);
                out[offsets[i] + 2] = (byte) newClassIndex;
                found = true;
            }
        }
        if (!found) {
            return classFile;
        }
        try {
            ByteArrayOutputStream result = new ByteArrayOutputStream(classFile.length + 64);
            DataOutputStream data = new DataOutputStream(result);
            data.write(out, 0, 8);
            data.writeShort(count + 2);
            data.write(out, 10, poolEnd - 10);
            data.writeByte(UTF8);
            data.writeUTF(TARGET);
            data.writeByte(CLASS);
            data.writeShort(count);
            data.write(out, poolEnd, out.length - poolEnd);
            return result.toByteArray();
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static boolean isSystemExit(byte[] b, int[] offsets, int methodref) {
        int classIndex = u2(b, methodref + 1);
        int nameAndType = offsets[u2(b, methodref + 3)];
        return utf8(b, offsets[u2(b, offsets[classIndex] + 1)]).equals("java/lang/System")
                && utf8(b, offsets[u2(b, nameAndType + 1)]).equals("exit")
                && utf8(b, offsets[u2(b, nameAndType + 3)]).equals("(I)V");
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
