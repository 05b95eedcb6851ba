package wengao.search;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import wengao.model.Speech;
import wengao.text.KeptFile;

/**
 * What the export sends to the postings buckets, kept in the build's work folder for the next build: every term of
 * the gram field in term order with its code, and every unigram and bigram where the export finished it, with the
 * first and last unit each covers; and which units each speech had. The next build's export replays it
 * ({@link PostingsReplay}), coding again only what the speeches that changed touch, instead of reading every
 * posting back from Lucene. {@code postings-<n>.bin} are the parts, one per worker, to be read in order;
 * {@code postings-units.bin} names the speeches and the parts and is written last, so parts without it are not
 * read.
 */
final class KeptPostings {

    static final String UNITS = "postings-units.bin";
    private static final String FORMAT = "wengao-kept-postings";
    private static final String VERSION = "4";

    /** What a record is: a trigram the buckets get, a term they do not (its second character a pad), a prefix. */
    enum Kind {
        END, TRIGRAM, TERM, PREFIX;

        private static final Kind[] ALL = values();
    }

    /**
     * One record: for a trigram its rows ({@link WireEncoder#rows}), for a term and a prefix its units with
     * frequencies ({@link WireEncoder#unitsWithFrequencies}); {@code first} and {@code last}, the units it covers.
     */
    record Gram(Kind kind, String gram, int first, int last, String code) {
    }

    /**
     * A speech's units: where they start, how many, and a digest of what they were made from: the digest of the
     * speech's source where ingest gives one (a speech is a function of its file and wengao's code), else of their
     * texts in unit order.
     */
    record Span(String slug, int start, int count, String digest) {
    }

    /**
     * The speeches of a kept export, how many parts it has, and the layout of the buckets it filled (their count
     * and what cuts entries), so that a replay knows whether the last build's bucket files can be taken, and the
     * bits its codes of rows give their first unit ({@link WireEncoder#rows}): a replay reads them with those.
     */
    record Units(List<Span> spans, int parts, String layout, int unitBits) {
    }

    /** The kept export, or null with why it is not trusted (null when there simply is none). */
    record Loaded(Units units, String distrust) {
    }

    private KeptPostings() {
    }

    static Path part(Path dir, int n) {
        return dir.resolve("postings-" + n + ".bin");
    }

    /** The spans of the table's speeches; {@code sources}, the digests of their sources by slug. */
    static List<Span> spans(UnitTable table, List<Speech> speeches, java.util.Map<String, String> sources) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<Span> spans = new ArrayList<>(speeches.size());
        for (int s = 0; s < speeches.size(); s++) {
            List<UnitTable.Unit> units = table.of(s);
            String slug = speeches.get(s).slug();
            String source = sources.get(slug);
            String digest;
            if (source != null) {
                digest = "source " + source;
            } else {
                for (UnitTable.Unit u : units) {
                    String text = u.unit().text();
                    sha.update(Integer.toString(text.length()).getBytes(StandardCharsets.US_ASCII));
                    sha.update((byte) ':');
                    sha.update(text.getBytes(StandardCharsets.UTF_8));
                }
                digest = "text " + java.util.HexFormat.of().formatHex(sha.digest());
            }
            spans.add(new Span(slug, table.speechStart[s], units.size(), digest));
        }
        return spans;
    }

    static void writeUnits(Path dir, Units units) throws IOException {
        KeptFile.write(dir.resolve(UNITS), FORMAT + "-units", VERSION, out -> {
            out.writeInt(units.parts());
            out.writeUTF(units.layout());
            out.writeInt(units.unitBits());
            out.writeInt(units.spans().size());
            for (Span s : units.spans()) {
                out.writeUTF(s.slug());
                out.writeInt(s.start());
                out.writeInt(s.count());
                out.writeUTF(s.digest());
            }
        });
    }

    /**
     * The kept export in {@code dir}; without units when there is none or it cannot be trusted (the export then
     * reads Lucene, as a first build does). Its parts are checked as the {@link Cursor} reads them.
     */
    static Loaded read(Path dir) {
        KeptFile.Read<Units> read = KeptFile.read(dir.resolve(UNITS), FORMAT + "-units", VERSION, in -> {
            int parts = in.readInt();
            String layout = in.readUTF();
            int unitBits = in.readInt();
            int n = in.readInt();
            List<Span> spans = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String slug = in.readUTF();
                int start = in.readInt();
                int count = in.readInt();
                spans.add(new Span(slug, start, count, in.readUTF()));
            }
            return new Units(spans, parts, layout, unitBits);
        });
        return new Loaded(read.value(), read.value() == null ? read.distrust() : null);
    }

    /**
     * The record of a bigram whose group is light: its postings are the sum of the group's rows, which no export
     * codes, so neither is it kept; a build that finds the group heavy sums the rows.
     */
    static Gram uncoded(String bigram) {
        return new Gram(Kind.PREFIX, bigram, -1, -1, "");
    }

    static void write(DataOutputStream out, Gram g) throws IOException {
        out.writeByte(g.kind().ordinal());
        out.writeUTF(g.gram());
        out.writeInt(g.first());
        out.writeInt(g.last());
        byte[] code = g.code().getBytes(StandardCharsets.ISO_8859_1);
        out.writeInt(code.length);
        out.write(code);
    }

    static void end(DataOutputStream out) throws IOException {
        out.writeByte(Kind.END.ordinal());
    }

    /** The next record, or null at the end of the part. */
    static Gram next(DataInputStream in) throws IOException {
        Kind kind = Kind.ALL[in.readUnsignedByte()];
        if (kind == Kind.END) {
            return null;
        }
        String gram = in.readUTF();
        int first = in.readInt();
        int last = in.readInt();
        byte[] code = new byte[in.readInt()];
        in.readFully(code);
        return new Gram(kind, gram, first, last, new String(code, StandardCharsets.ISO_8859_1));
    }

    /** Writes one part: {@code body} writes its records; the end mark and the checksum follow. */
    static void writePart(Path dir, int n, KeptFile.Writer body) throws IOException {
        KeptFile.write(part(dir, n), FORMAT, VERSION, out -> {
            body.write(out);
            end(out);
        });
    }

    /**
     * The parts' records in order, as one stream. Each part's checksum is checked when its end is read: a part
     * found damaged throws, after its records have been handed out, so a replay must be undone when it does.
     */
    static final class Cursor implements AutoCloseable {
        private final Path dir;
        private final int parts;
        private int part;
        private wengao.text.ChecksummedInput summed;
        private DataInputStream in;

        Cursor(Path dir, int parts) {
            this(dir, 0, parts);
        }

        /** The records of parts [{@code first}, {@code end}). */
        Cursor(Path dir, int first, int end) {
            this.dir = dir;
            this.part = first - 1;
            this.parts = end;
        }

        /**
         * The first character of the first record of part {@code n}, or null when it has none: a part begins
         * with the first term of its characters (prefix records follow their terms).
         */
        static String firstCharacter(Path dir, int n) throws IOException {
            try (Cursor c = new Cursor(dir, n, n + 1)) {
                Gram g = c.next();
                return g == null ? null : new String(Character.toChars(g.gram().codePointAt(0)));
            }
        }

        /** The next record of any part; null after the last. */
        Gram next() throws IOException {
            while (true) {
                if (in == null) {
                    if (++part >= parts) {
                        return null;
                    }
                    summed = new wengao.text.ChecksummedInput(Files.newInputStream(part(dir, part)));
                    in = new DataInputStream(summed);
                    if (!FORMAT.equals(in.readUTF()) || !VERSION.equals(in.readUTF())) {
                        throw new IOException(part(dir, part).getFileName() + " is not one this wengao reads");
                    }
                }
                Gram g;
                try {
                    g = KeptPostings.next(in);
                } catch (IOException | RuntimeException e) {
                    throw new IOException(part(dir, part).getFileName() + " is damaged", e);
                }
                if (g != null) {
                    return g;
                }
                long sum = summed.sum();
                boolean whole;
                try {
                    whole = in.readLong() == sum && in.read() < 0;
                } catch (IOException e) {
                    whole = false;
                }
                close();
                if (!whole) {
                    throw new IOException(part(dir, part).getFileName() + " is damaged");
                }
            }
        }

        @Override
        public void close() throws IOException {
            if (in != null) {
                in.close();
                in = null;
            }
        }
    }
}
