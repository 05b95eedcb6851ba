package wengao.citations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import wengao.model.CitedDocument;
import wengao.model.Citations;
import wengao.model.Corpus;
import wengao.model.DocumentMention;
import wengao.model.Quotation;
import wengao.model.Speech;
import wengao.model.TextUnit;

/**
 * The citations stage: every 《title》 of every text unit, grouped into documents by {@link TitleKey}, and every
 * attributed quotation ({@link QuotationMarks}). Documents come most mentioned first, then by title; each has an
 * ASCII slug from a hash of its key, stable from build to build.
 */
public final class CitationFinder {

    private CitationFinder() {
    }

    private record Found(List<DocumentMention> mentions, List<Quotation> quotations) {
    }

    public static Citations find(Corpus corpus) {
        List<Found> perSpeech = corpus.speeches().parallelStream().map(CitationFinder::scan).toList();
        Map<String, List<DocumentMention>> byKey = new LinkedHashMap<>();
        List<Quotation> quotations = new ArrayList<>();
        for (Found f : perSpeech) {
            for (DocumentMention m : f.mentions()) {
                String key = TitleKey.of(inner(m.written()));
                if (!key.isEmpty()) { // 《……》 names nothing
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
                }
            }
            quotations.addAll(f.quotations());
        }
        List<CitedDocument> documents = new ArrayList<>();
        Map<String, String> slugOwners = new HashMap<>();
        for (Map.Entry<String, List<DocumentMention>> e : new TreeMap<>(byKey).entrySet()) {
            documents.add(new CitedDocument(displayTitle(e.getValue()), slug(e.getKey(), slugOwners), e.getValue()));
        }
        documents.sort(Comparator.comparingInt((CitedDocument d) -> -d.mentions().size())
                .thenComparing(CitedDocument::title).thenComparing(CitedDocument::slug));
        return new Citations(documents, quotations);
    }

    private static Found scan(Speech s) {
        List<DocumentMention> mentions = new ArrayList<>();
        List<Quotation> quotations = new ArrayList<>();
        for (TextUnit u : s.textUnits()) {
            String text = u.text();
            for (int[] span : TitleMarks.find(text)) {
                mentions.add(new DocumentMention(s.slug(), u.index(), u.anchor(), span[0], span[1],
                        text.substring(span[0], span[1])));
            }
            for (QuotationMarks.Found q : QuotationMarks.find(text)) {
                quotations.add(new Quotation(q.speaker(), q.text(), s.slug(), u.index(), u.anchor()));
            }
        }
        return new Found(mentions, quotations);
    }

    /** The title without its outer marks, spaces at its ends trimmed (《 人民日报 》 is 人民日报). */
    static String inner(String written) {
        return written.substring(1, written.length() - 1).strip();
    }

    /** The spelling most mentions use; on a tie the one met first in reading order. */
    private static String displayTitle(List<DocumentMention> mentions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (DocumentMention m : mentions) {
            counts.merge(inner(m.written()), 1, Integer::sum);
        }
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** {@code d-} and 8 hex digits of the key's SHA-256, longer only if two keys of this corpus would share it. */
    private static String slug(String key, Map<String, String> owners) {
        String hex = sha256(key);
        for (int length = 8; length <= hex.length(); length += 4) {
            String slug = "d-" + hex.substring(0, length);
            String owner = owners.putIfAbsent(slug, key);
            if (owner == null || owner.equals(key)) {
                return slug;
            }
        }
        throw new IllegalStateException("two titles with one SHA-256: " + key);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
