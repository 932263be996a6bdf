package dev.verdict.core.generation;

import dev.verdict.core.Columns;
import dev.verdict.core.MetricState;
import dev.verdict.core.StateSpec;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The state shared by every ROUGE metric with the same stemmer setting: each text is tokenized once (rouge-score's
 * {@code tokenize}: Python {@code lower()}, maximal runs of {@code [a-z0-9]}, optionally NLTK's Porter stemmer on
 * tokens longer than 3 characters), interned to int ids, and kept with its newline-separated sentence boundaries
 * (for rougeLsum; sentences without tokens change nothing and are not kept). Scores per ROUGE type are computed from
 * the ids at {@code compute} time and cached until more rows arrive. Rows: the hypothesis then its references.
 */
final class RougeState implements MetricState<RougeState> {
    /** rougeL and rougeLsum as pseudo n. */
    static final int LCS = -1;
    static final int LSUM = -2;

    private final boolean stem;
    private final TokenInterner words = new TokenInterner();
    private final TokenInterner raw;
    private int[] rawToWord = new int[0];
    private int[] tok = new int[1024];
    private int tokSize;
    private int[] textStart = new int[256];
    private int[] textSent = new int[256];
    private int texts;
    private int[] sentEnd = new int[256];
    private int sents;
    private int[] rowText = new int[128];
    private int rows;
    private char[] buf = new char[64];
    private final Map<Integer, double[]> cache = new HashMap<>();

    RougeState(boolean stem) {
        this.stem = stem;
        this.raw = stem ? new TokenInterner() : null;
    }

    static StateSpec<RougeState> spec(boolean stem) {
        return new StateSpec<>("generation.rouge@stemmer=" + stem, () -> new RougeState(stem));
    }

    @Override
    public void accept(Columns batch, int from, int to) {
        for (int i = from; i < to; i++) {
            String hyp = Inputs.hypothesis(batch, i);
            java.util.List<String> refs = Inputs.references(batch, i);
            addText(hyp);
            for (String r : refs) {
                addText(r);
            }
            endRow();
        }
        cache.clear();
    }

    private void endRow() {
        rows++;
        if (rows + 1 >= rowText.length) {
            rowText = Arrays.copyOf(rowText, rowText.length * 2);
        }
        rowText[rows] = texts;
    }

    private void addText(String s) {
        int len = s.length();
        if (buf.length < len) {
            buf = new char[Math.max(len, buf.length * 2)];
        }
        s.getChars(0, len, buf, 0);
        if (!scan(buf, len, true)) {
            // non-ASCII: Python lower() first (it can map to ASCII, e.g. U+212A KELVIN SIGN -> 'k'), then scan again
            String t = PyText.lower(s);
            len = t.length();
            if (buf.length < len) {
                buf = new char[Math.max(len, buf.length * 2)];
            }
            t.getChars(0, len, buf, 0);
            scan(buf, len, false);
        }
        texts++;
        if (texts + 1 >= textStart.length) {
            textStart = Arrays.copyOf(textStart, textStart.length * 2);
            textSent = Arrays.copyOf(textSent, textSent.length * 2);
        }
        textStart[texts] = tokSize;
        textSent[texts] = sents;
    }

    /** Character classes of ASCII for the scanner. */
    private static final byte SEP = 0;
    private static final byte LOWER = 1;
    private static final byte UPPER = 2;
    private static final byte NEWLINE = 3;
    private static final byte[] CLASS = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            CLASS[c] = LOWER;
        }
        for (char c = '0'; c <= '9'; c++) {
            CLASS[c] = LOWER;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            CLASS[c] = UPPER;
        }
        CLASS['\n'] = NEWLINE;
    }

    /**
     * Tokenizes {@code c[0, len)} in place (upper-case ASCII letters lowered), adding tokens and sentences.
     * @param strict when true, stop at the first non-ASCII character; otherwise non-ASCII characters separate tokens
     * @return false, having added no token or sentence, when {@code strict} and a non-ASCII character is found
     */
    private boolean scan(char[] c, int len, boolean strict) {
        int tokMark = tokSize;
        int sentMark = sents;
        int sentTokens = 0;
        int i = 0;
        while (i < len) {
            char x = c[i];
            if (x >= 0x80) {
                if (strict) {
                    tokSize = tokMark;
                    sents = sentMark;
                    return false;
                }
                i++;
                continue;
            }
            byte k = CLASS[x];
            if (k == SEP) {
                i++;
            } else if (k == NEWLINE) {
                if (sentTokens > 0) {
                    addSentence();
                    sentTokens = 0;
                }
                i++;
            } else {
                int from = i;
                int h = 0;
                while (i < len) {
                    char y = c[i];
                    if (y >= 0x80) {
                        break;
                    }
                    byte ky = CLASS[y];
                    if (ky == UPPER) {
                        y += 32;
                        c[i] = y;
                    } else if (ky != LOWER) {
                        break;
                    }
                    h = 31 * h + y;
                    i++;
                }
                addToken(c, from, i, h);
                sentTokens++;
            }
        }
        if (sentTokens > 0) {
            addSentence();
        }
        return true;
    }

    /** @param h the token's {@link TokenInterner#hash} */
    private void addToken(char[] c, int from, int to, int h) {
        int id;
        int n = to - from;
        if (stem && n > 3) {
            int r = raw.intern(c, from, to);
            if (r >= rawToWord.length) {
                int old = rawToWord.length;
                rawToWord = Arrays.copyOf(rawToWord, Math.max(64, r * 2 + 1));
                Arrays.fill(rawToWord, old, rawToWord.length, -1);
            }
            id = rawToWord[r];
            if (id < 0) {
                id = words.intern(PorterStemmer.stem(new String(c, from, n)));
                rawToWord[r] = id;
            }
        } else {
            id = words.intern(c, from, to, h);
        }
        if (tokSize == tok.length) {
            tok = Arrays.copyOf(tok, tok.length * 2);
        }
        tok[tokSize++] = id;
    }

    private void addSentence() {
        if (sents == sentEnd.length) {
            sentEnd = Arrays.copyOf(sentEnd, sents * 2);
        }
        sentEnd[sents++] = tokSize;
    }

    @Override
    public RougeState combine(RougeState other) {
        int[] map = new int[other.words.size()];
        for (int k = 0; k < map.length; k++) {
            map[k] = words.intern(other.words.token(k));
        }
        int tokBase = tokSize;
        int textBase = texts;
        for (int k = 0; k < other.tokSize; k++) {
            if (tokSize == tok.length) {
                tok = Arrays.copyOf(tok, tok.length * 2);
            }
            tok[tokSize++] = map[other.tok[k]];
        }
        int sentBase = sents;
        for (int k = 0; k < other.sents; k++) {
            addSentenceAt(other.sentEnd[k] + tokBase);
        }
        for (int k = 1; k <= other.texts; k++) {
            texts++;
            if (texts + 1 >= textStart.length) {
                textStart = Arrays.copyOf(textStart, textStart.length * 2);
                textSent = Arrays.copyOf(textSent, textSent.length * 2);
            }
            textStart[texts] = other.textStart[k] + tokBase;
            textSent[texts] = other.textSent[k] + sentBase;
        }
        for (int k = 1; k <= other.rows; k++) {
            rows++;
            if (rows + 1 >= rowText.length) {
                rowText = Arrays.copyOf(rowText, rowText.length * 2);
            }
            rowText[rows] = other.rowText[k] + textBase;
        }
        cache.clear();
        return this;
    }

    private void addSentenceAt(int end) {
        if (sents == sentEnd.length) {
            sentEnd = Arrays.copyOf(sentEnd, sents * 2);
        }
        sentEnd[sents++] = end;
    }

    /** @return rows accepted */
    int rows() {
        return rows;
    }

    /**
     * @param n 1 or 2 for rougeN, {@link #LCS}, {@link #LSUM}
     * @return per row (precision, recall, fmeasure) of the reference with the highest F (first on a tie)
     */
    double[] scores(int n) {
        double[] s = cache.get(n);
        if (s == null) {
            s = computeScores(n);
            cache.put(n, s);
        }
        return s;
    }

    private double[] computeScores(int n) {
        double[] out = new double[rows * 3];
        double[] cur = new double[3];
        RougeNgrams scratch = new RougeNgrams(words.size());
        for (int r = 0; r < rows; r++) {
            int h = rowText[r];
            int o = r * 3;
            boolean first = true;
            for (int t = h + 1; t < rowText[r + 1]; t++) {
                if (n == LSUM) {
                    RougeLcs.summaryLevel(sentences(t), sentences(h), cur);
                } else if (n == LCS) {
                    scratch.lcs(tok, textStart[t], textStart[t + 1], textStart[h], textStart[h + 1], cur);
                } else {
                    scratch.ngrams(tok, textStart[t], textStart[t + 1], textStart[h], textStart[h + 1], n, cur);
                }
                if (first || cur[2] > out[o + 2]) {
                    out[o] = cur[0];
                    out[o + 1] = cur[1];
                    out[o + 2] = cur[2];
                    first = false;
                }
            }
        }
        return out;
    }

    private int[][] sentences(int text) {
        int from = textSent[text];
        int to = textSent[text + 1];
        int[][] out = new int[to - from][];
        int start = textStart[text];
        for (int k = from; k < to; k++) {
            out[k - from] = Arrays.copyOfRange(tok, start, sentEnd[k]);
            start = sentEnd[k];
        }
        return out;
    }
}
