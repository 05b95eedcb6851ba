package wengao.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The fingerprints ({@link Fingerprint}) of the files a build read, kept with each file's stamp (size, modification
 * and status-change times, inode and device) so that the next build need not read a file whose stamp is the same.
 * The status-change time (ctime) is the file system's own: no program sets it back, and any write to a file moves
 * it, as does setting its modification time or replacing it. A stamp is trusted only when the file's ctime was
 * before the last build started (a probe file's ctime, so by the file system's clock): a file changed in the same
 * clock tick as the last build read it would keep its stamp, so it is read again, as git treats "racy" entries.
 * Where the file system has no such times (no "unix" attribute view), nothing is trusted and every file is read.
 */
public final class FileFingerprints {

    private static final String FORMAT = "wengao-file-fingerprints";
    private static final String VERSION = "1";

    /** What the file system says of a file, without reading it. */
    record Stamp(long size, long modified, long changed, long inode, long device) {
    }

    private record Known(Stamp stamp, String fingerprint) {
    }

    private final Map<String, Known> last;
    /** The last build's probe time (ns): stamps changed before it are trusted. */
    private final long lastStart;
    /** This build's probe time, kept for the next. */
    private final long start;
    private final Map<String, Known> seen = new ConcurrentHashMap<>();

    private FileFingerprints(Map<String, Known> last, long lastStart, long start) {
        this.last = last;
        this.lastStart = lastStart;
        this.start = start;
    }

    /** Trusts nothing: every file is read. What it learns is kept all the same. */
    public static FileFingerprints none(Path probe) {
        return new FileFingerprints(Map.of(), Long.MIN_VALUE, probe(probe));
    }

    /**
     * The fingerprints kept in {@code kept} by the last build (none when there is no such file, or it is damaged or
     * of another format), and this build's start by the clock of the file system of {@code probe}, a file written
     * now (before any file is read) that no other build writes meanwhile.
     */
    public static FileFingerprints load(Path kept, Path probe) {
        long start = probe(probe);
        KeptFile.Read<FileFingerprints> read = KeptFile.read(kept, FORMAT, VERSION, in -> {
            long lastStart = in.readLong();
            int n = in.readInt();
            Map<String, Known> known = new HashMap<>(2 * n);
            for (int i = 0; i < n; i++) {
                String path = in.readUTF();
                Stamp s = new Stamp(in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong());
                known.put(path, new Known(s, in.readUTF()));
            }
            return new FileFingerprints(known, lastStart, start);
        });
        return read.value() != null ? read.value() : new FileFingerprints(Map.of(), Long.MIN_VALUE, start);
    }

    /** The file system's time now (ns) by a probe file's ctime; the smallest time when it cannot be had. */
    private static long probe(Path probe) {
        try {
            Files.createDirectories(probe.getParent());
            Files.write(probe, new byte[] {'.'});
            Stamp s = stamp(probe);
            return s == null ? Long.MIN_VALUE : s.changed();
        } catch (IOException | RuntimeException e) {
            return Long.MIN_VALUE;
        }
    }

    /** The file's stamp, or null when the file system does not give one. */
    static Stamp stamp(Path file) throws IOException {
        Map<String, Object> a;
        try {
            a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino,dev");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
        Object ino = a.get("ino");
        Object dev = a.get("dev");
        if (!(a.get("ctime") instanceof FileTime changed) || !(a.get("lastModifiedTime") instanceof FileTime modified)
                || !(ino instanceof Number) || !(dev instanceof Number) || !(a.get("size") instanceof Number size)) {
            return null;
        }
        return new Stamp(size.longValue(), modified.to(TimeUnit.NANOSECONDS), changed.to(TimeUnit.NANOSECONDS),
                ((Number) ino).longValue(), ((Number) dev).longValue());
    }

    private static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /**
     * The fingerprint of the file's bytes when its stamp is the one the last build kept and can be trusted; else
     * null (the caller reads it).
     */
    public String unchanged(Path file) {
        String key = key(file);
        Known old = last.get(key);
        if (old == null) {
            return null;
        }
        Stamp now;
        try {
            now = stamp(file);
        } catch (IOException e) {
            return null;
        }
        if (now == null || !now.equals(old.stamp()) || now.changed() >= lastStart) {
            return null;
        }
        seen.put(key, old);
        return old.fingerprint();
    }

    /** The fingerprint of the file's bytes: {@link #unchanged} when it can be, else read. */
    public String of(Path file) throws IOException {
        String known = unchanged(file);
        return known != null ? known : read(file);
    }

    /** The fingerprint of the file's bytes, read now; its stamp is taken first, so a change after it shows. */
    private String read(Path file) throws IOException {
        Stamp before = stamp(file);
        byte[] bytes = Files.readAllBytes(file);
        String fingerprint = Fingerprint.of(bytes);
        if (before != null && before.size() == bytes.length) {
            seen.put(key(file), new Known(before, fingerprint));
        }
        return fingerprint;
    }

    /** Keeps the fingerprints of every file this build saw, for the next. */
    public void save(Path file) throws IOException {
        Map<String, Known> sorted = new TreeMap<>(seen);
        KeptFile.write(file, FORMAT, VERSION, out -> {
            out.writeLong(start);
            out.writeInt(sorted.size());
            for (Map.Entry<String, Known> e : sorted.entrySet()) {
                Stamp s = e.getValue().stamp();
                out.writeUTF(e.getKey());
                out.writeLong(s.size());
                out.writeLong(s.modified());
                out.writeLong(s.changed());
                out.writeLong(s.inode());
                out.writeLong(s.device());
                out.writeUTF(e.getValue().fingerprint());
            }
        });
    }
}
