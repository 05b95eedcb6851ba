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

    /** One entry of a bucket: its key text and its codes. */
    record Entry(int bucket, String key, List<String> codes) {
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
        string(out, key);
        out.writeInt(codes.size());
        for (String c : codes) {
            string(out, c);
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
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
                String key = string(in);
                int n = in.readInt();
                List<String> codes = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    codes.add(string(in));
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
