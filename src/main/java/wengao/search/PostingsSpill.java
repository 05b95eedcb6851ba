package wengao.search;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import wengao.json.JsonWriter;

/**
 * One worker's bucket entries on disk until the pass is over: buckets are chosen by hash, so every bucket grows
 * until the last term, and holding them all would take about the size of the exported postings. The buckets are
 * cut into {@link Groups} of consecutive numbers, a file each, which hold whole entries in the order they came;
 * the files are read back one group at a time, so the export holds one group's buckets, never all of them.
 */
final class PostingsSpill implements Closeable {

    /**
     * {@code count} groups of consecutive bucket numbers, as even as the division allows: bucket b is in group
     * {@code b * count / buckets}.
     */
    record Groups(int buckets, int count) {

        /** Open files are two a group while the pass runs: more would run into the system's limit. */
        static final int MOST = 128;

        /** About {@code chars} characters of text a group (one group for the whole index, at most). */
        static Groups of(long textChars, int buckets, long chars) {
            long wanted = Math.max(1, (textChars + chars - 1) / Math.max(1, chars));
            return new Groups(buckets, (int) Math.min(Math.min(MOST, buckets), wanted));
        }

        int of(int bucket) {
            return (int) ((long) bucket * count / buckets);
        }

        /** The first bucket of {@code group}; {@code first(count)} is the bucket count. */
        int first(int group) {
            return (int) (((long) group * buckets + count - 1) / count);
        }
    }

    /**
     * One entry of a bucket: its key, as it goes inside a JSON string in the bucket's file (escaped, UTF-8), and its
     * codes (ASCII, which a JSON string holds as they are), as bytes: the file is written from them, not from text.
     */
    record Entry(int bucket, byte[] key, List<byte[]> codes) {
    }

    /** What reads a group's entries back, in the order they were spilled. */
    interface Reader {
        void entry(Entry e) throws IOException;
    }

    private final Groups groups;
    private final List<Path> paths = new ArrayList<>();
    private final List<DataOutputStream> outs = new ArrayList<>();

    /** Files {@code <name>-<group>} in {@code dir}, created empty. */
    PostingsSpill(Path dir, String name, Groups groups) throws IOException {
        this.groups = groups;
        Files.createDirectories(dir);
        try {
            for (int g = 0; g < groups.count(); g++) {
                Path p = dir.resolve(name + "-" + g);
                paths.add(p);
                outs.add(new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(p), 1 << 14)));
            }
        } catch (IOException | RuntimeException e) {
            delete();
            throw e;
        }
    }

    void append(int bucket, String key, List<String> codes) throws IOException {
        DataOutputStream out = outs.get(groups.of(bucket));
        out.writeInt(bucket);
        String json = JsonWriter.compact(key);
        bytes(out, json.substring(1, json.length() - 1).getBytes(StandardCharsets.UTF_8));
        out.writeInt(codes.size());
        for (String c : codes) {
            bytes(out, c.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private static void bytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return b;
    }

    /** Ends the writing: every group can be read from now on. */
    @Override
    public void close() throws IOException {
        IOException failed = null;
        for (DataOutputStream out : outs) {
            try {
                out.close();
            } catch (IOException e) {
                failed = failed == null ? e : failed;
            }
        }
        outs.clear();
        if (failed != null) {
            throw failed;
        }
    }

    /** The entries of {@code group} in the order they were appended; its file is deleted afterwards. */
    void read(int group, Reader reader) throws IOException {
        Path p = paths.get(group);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(p), 1 << 16))) {
            while (true) {
                int bucket;
                try {
                    bucket = in.readInt();
                } catch (EOFException end) {
                    break;
                }
                byte[] key = bytes(in);
                int n = in.readInt();
                List<byte[]> codes = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    codes.add(bytes(in));
                }
                reader.entry(new Entry(bucket, key, codes));
            }
        }
        Files.deleteIfExists(p);
    }

    /** Closes and deletes every file, whatever happened: the folder is published. */
    void delete() {
        try {
            close();
        } catch (IOException e) {
            // the files go anyway
        }
        for (Path p : paths) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // nothing left to do about a file that cannot be deleted
            }
        }
    }
}
