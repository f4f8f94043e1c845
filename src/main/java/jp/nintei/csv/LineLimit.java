package jp.nintei.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** Reads text, failing with {@link TooLong} when a line runs past {@code max} characters without a line break. */
final class LineLimit extends FilterReader {

    /** A line that runs too long: the 1-based number of that line. */
    static final class TooLong extends IOException {
        private final long line;

        TooLong(long line, int max) {
            super("line " + line + " is longer than " + max + " characters");
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private final int max;
    private long line = 1;
    private int length;

    LineLimit(Reader in, int max) {
        super(in);
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            seen((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int n = super.read(buffer, offset, count);
        for (int i = offset; i < offset + n; i++) {
            seen(buffer[i]);
        }
        return n;
    }

    private void seen(char c) throws TooLong {
        if (c == '\n') {
            line++;
            length = 0;
        } else if (++length > max) {
            throw new TooLong(line, max);
        }
    }
}
