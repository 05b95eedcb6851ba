package wengao.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A 128-bit fingerprint (MurmurHash3 x64 128, seed 0) of bytes and text, for naming what a build keeps: a file by
 * its bytes, a page by its inputs. Two different inputs share one by accident with odds of about one in 2^128 a
 * pair; no adversary is in play (whoever could craft a collision writes the content). A cryptographic digest costs
 * many times more in the build's JVM (the C1 compiler does not use the processor's SHA instructions), and builds
 * fingerprint the whole corpus several times over. Text is taken as its UTF-16 code units, little-endian: the same
 * as the bytes of {@code s.getBytes(UTF_16LE)}, without making them.
 */
public final class Fingerprint {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private long h1;
    private long h2;
    private long length;
    /**
     * Bytes not yet mixed in, fewer than 16: the first eight in {@code low}, the rest in {@code high}, little-endian,
     * the bytes past {@code tailLength} zero. Two numbers, not an array read through a VarHandle: descriptions add
     * short values by the million, and the build's C1-compiled JVM does not make VarHandle access cheap.
     */
    private long low;
    private long high;
    private int tailLength;

    public Fingerprint() {
    }

    public static String of(byte[] bytes) {
        return new Fingerprint().add(bytes).hex();
    }

    public static String of(CharSequence text) {
        return new Fingerprint().add(text).hex();
    }

    public Fingerprint add(byte[] bytes) {
        return add(bytes, 0, bytes.length);
    }

    public Fingerprint add(byte[] bytes, int offset, int count) {
        int i = offset;
        int end = offset + count;
        while (tailLength > 0 && i < end) {
            addByte(bytes[i++]);
        }
        for (; i + 16 <= end; i += 16) {
            mix((long) LONGS.get(bytes, i), (long) LONGS.get(bytes, i + 8));
        }
        while (i < end) {
            addByte(bytes[i++]);
        }
        return this;
    }

    public Fingerprint add(byte b) {
        addByte(b);
        return this;
    }

    /** Characters of a string copied out at a time, for {@link #add(String)}: made when first needed. */
    private char[] chars;

    /** The text's UTF-16 code units, little-endian. */
    public Fingerprint add(CharSequence text) {
        if (text instanceof String s) {
            return add(s);
        }
        int i = 0;
        int n = text.length();
        while (tailLength > 0 && i < n) {
            addChar(text.charAt(i++));
        }
        for (; i + 8 <= n; i += 8) {
            long k1 = text.charAt(i) | (long) text.charAt(i + 1) << 16 | (long) text.charAt(i + 2) << 32
                    | (long) text.charAt(i + 3) << 48;
            long k2 = text.charAt(i + 4) | (long) text.charAt(i + 5) << 16 | (long) text.charAt(i + 6) << 32
                    | (long) text.charAt(i + 7) << 48;
            mix(k1, k2);
        }
        while (i < n) {
            addChar(text.charAt(i++));
        }
        return this;
    }

    /**
     * {@link #add(CharSequence)} of a string: its characters copied into an array a block at a time and read from
     * there, since the build's C1-compiled JVM makes each {@code charAt} a call or more.
     */
    public Fingerprint add(String text) {
        int i = 0;
        int n = text.length();
        while (tailLength > 0 && i < n) {
            addChar(text.charAt(i++));
        }
        if (n - i >= 8) {
            char[] c = chars;
            int need = Math.min(256, (n - i) & ~7);
            if (c == null || c.length < need) {
                c = chars = new char[need < 64 ? Math.max(need, 32) : 256];
            }
            while (n - i >= 8) {
                int take = Math.min(c.length, n - i) & ~7;
                text.getChars(i, i + take, c, 0);
                for (int k = 0; k < take; k += 8) {
                    mix(c[k] | (long) c[k + 1] << 16 | (long) c[k + 2] << 32 | (long) c[k + 3] << 48,
                            c[k + 4] | (long) c[k + 5] << 16 | (long) c[k + 6] << 32 | (long) c[k + 7] << 48);
                }
                i += take;
            }
        }
        while (i < n) {
            addChar(text.charAt(i++));
        }
        return this;
    }

    /** A number, as its eight bytes, little-endian. */
    public Fingerprint add(long value) {
        int at = tailLength;
        if (at == 0) {
            low = value;
            tailLength = 8;
        } else if (at == 8) {
            high = value;
            tailLength = 0;
            mixTail();
        } else if (at < 8) {
            low |= value << (8 * at);
            high = value >>> (64 - 8 * at);
            tailLength = at + 8;
        } else {
            int q = at - 8;
            high |= value << (8 * q);
            mixTail();
            low = value >>> (64 - 8 * q);
            tailLength = q;
        }
        return this;
    }

    private void addChar(char c) {
        int at = tailLength;
        if ((at & 1) != 0) {
            addByte((byte) c);
            addByte((byte) (c >>> 8));
            return;
        }
        // An even place: both bytes fall in one of the two numbers.
        if (at < 8) {
            low |= (long) c << (8 * at);
        } else {
            high |= (long) c << (8 * (at - 8));
        }
        tailLength = at + 2;
        if (tailLength == 16) {
            tailLength = 0;
            mixTail();
        }
    }

    private void addByte(byte b) {
        int at = tailLength;
        if (at < 8) {
            low |= (b & 0xffL) << (8 * at);
        } else {
            high |= (b & 0xffL) << (8 * (at - 8));
        }
        tailLength = at + 1;
        if (tailLength == 16) {
            tailLength = 0;
            mixTail();
        }
    }

    /** Mixes in the sixteen bytes of the tail and empties it. */
    private void mixTail() {
        mix(low, high);
        low = 0;
        high = 0;
    }

    private void mix(long k1, long k2) {
        h1 ^= mixK1(k1);
        h1 = Long.rotateLeft(h1, 27);
        h1 += h2;
        h1 = h1 * 5 + 0x52dce729;
        h2 ^= mixK2(k2);
        h2 = Long.rotateLeft(h2, 31);
        h2 += h1;
        h2 = h2 * 5 + 0x38495ab5;
        length += 16;
    }

    private static long mixK1(long k1) {
        k1 *= C1;
        k1 = Long.rotateLeft(k1, 31);
        return k1 * C2;
    }

    private static long mixK2(long k2) {
        k2 *= C2;
        k2 = Long.rotateLeft(k2, 33);
        return k2 * C1;
    }

    /** MurmurHash3's finalizer: spreads every bit of {@code k} over all 64 (also for hashes made elsewhere). */
    public static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    /** The fingerprint of everything added, as 32 hexadecimal digits (the reference's bytes, in order). */
    public String hex() {
        long a = h1;
        long b = h2;
        if (tailLength > 8) {
            b ^= mixK2(high);
        }
        if (tailLength > 0) {
            a ^= mixK1(low);
        }
        long total = length + tailLength;
        a ^= total;
        b ^= total;
        a += b;
        b += a;
        a = fmix(a);
        b = fmix(b);
        a += b;
        b += a;
        return littleEndianHex(a) + littleEndianHex(b);
    }

    private static String littleEndianHex(long v) {
        return java.util.HexFormat.of().formatHex(new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16),
            (byte) (v >>> 24), (byte) (v >>> 32), (byte) (v >>> 40), (byte) (v >>> 48), (byte) (v >>> 56)});
    }
}
