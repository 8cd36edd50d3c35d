package io.socialroi.attribution;

import java.math.BigDecimal;

/**
 * The TIME_DECAY weight 2^(−x), x = age / half-life, computed by one fixed sequence of IEEE-754 double
 * operations that {@link AttributionSql} repeats operator for operator in PostgreSQL (float8 arithmetic
 * is IEEE in both). Numeric {@code power()} in PostgreSQL costs several microseconds a touch; this costs
 * a few dozen nanoseconds, and because both sides do the same operations on the same doubles, the SQL
 * reports and the Java explanation of a conversion give the very same credits.
 *
 * <p>Method: x = k + j/8 + r with k = ⌊x⌋, j = ⌊8·frac(x)⌋, 0 ≤ r < 1/8; 2^(−x) = 2^(−k) · 2^(−j/8) · 2^(−r),
 * the middle factor from a table, the last by its Taylor series in r to the 9th power (truncation error
 * below 1e−17). The weight then becomes an integer, 2^(−x) · 10^15 rounded half-even (PostgreSQL's float8
 * to int8 cast, Java's {@code Math.rint}): exact in numeric arithmetic, cheap to convert (a float8 to numeric
 * cast formats text), and since the last touch of a path always weighs 10^15, precise to 1e−15 of the total.
 * Only the ratio of weights matters. Pure: no framework imports.
 */
public final class DecayWeight {

    /** Beyond 1000 half-lives the weight is 0 (2^−1000 ≈ 1e−301; still a normal double below that). */
    public static final double MAX_HALF_LIVES = 1000;

    /** 2^(−j/8) for j = 0..7, as the decimal literals both sides parse to the same doubles. */
    static final String[] EIGHTHS = { "1", "0.91700404320467122", "0.8408964152537145", "0.77110541270397037",
            "0.70710678118654757", "0.64841977732550482", "0.59460355750136051", "0.54525386633262884" };

    /** (−ln 2)^n / n! for n = 0..9: the series of 2^(−r) = e^(−r·ln 2). */
    static final String[] SERIES = { "1", "-0.69314718055994529", "0.24022650695910072", "-0.055504108664821583",
            "0.0096181291076284769", "-0.0013333558146428443", "0.00015403530393381609", "-1.5252733804059841e-05",
            "1.321548679014431e-06", "-1.01780860092397e-07" };

    private static final double[] EIGHTHS_VALUES = parse(EIGHTHS);
    private static final double[] SERIES_VALUES = parse(SERIES);
    /** The weight of age 0 (and of every path's last touch). */
    public static final double SCALE = 1e15;

    private DecayWeight() {
    }

    /** The weight of a touch {@code ageSeconds} before the reference instant: 2^(−age/H) · 10^15, an integer. */
    public static BigDecimal weight(BigDecimal ageSeconds, long halfLifeSeconds) {
        return BigDecimal.valueOf(scaled(ageSeconds.doubleValue() / (double) halfLifeSeconds));
    }

    /** 2^(−x) · 10^15, rounded half-even to an integer. */
    static long scaled(double x) {
        return (long) Math.rint(weight(x) * SCALE);
    }

    /** 2^(−x) for x ≥ 0, by the operations described above (the order of operations matters). */
    static double weight(double x) {
        if (x >= MAX_HALF_LIVES) {
            return 0;
        }
        double k = Math.floor(x);
        double j = Math.floor((x - k) * 8.0);
        double r = (x - k) - j * 0.125;
        double p = SERIES_VALUES[SERIES_VALUES.length - 1];
        for (int n = SERIES_VALUES.length - 2; n >= 0; n--) {
            p = p * r + SERIES_VALUES[n];
        }
        return p * EIGHTHS_VALUES[(int) j] * Math.scalb(1.0, -(int) k);
    }

    /** {@link #scaled} as a SQL expression (int8); see {@link #sql} for the arguments. */
    static String scaledSql(String x, String k, String j) {
        return "((" + sql(x, k, j) + ") * " + literal("1e15") + ")::int8";
    }

    /**
     * {@link #weight(double)} as a SQL expression over a float8 column {@code x} (which must be a plain
     * column: it is repeated) and its columns {@code k} = floor(x) and {@code j} = floor((x − k) · 8).
     */
    static String sql(String x, String k, String j) {
        String r = "((" + x + " - " + k + ") - " + j + " * 0.125::float8)";
        StringBuilder p = new StringBuilder(literal(SERIES[SERIES.length - 1]));
        for (int n = SERIES.length - 2; n >= 0; n--) {
            p.insert(0, "(").append(" * ").append(r).append(" + ").append(literal(SERIES[n])).append(")");
        }
        String table = "(array[" + String.join(", ", java.util.Arrays.stream(EIGHTHS).map(DecayWeight::literal)
                .toArray(String[]::new)) + "])[" + j + "::int + 1]";
        return "case when " + x + " >= " + (long) MAX_HALF_LIVES + " then 0::float8 else " + p + " * " + table
                + " * power(2::float8, -" + k + ") end";
    }

    private static String literal(String decimal) {
        return "'" + decimal + "'::float8";
    }

    private static double[] parse(String[] literals) {
        double[] values = new double[literals.length];
        for (int i = 0; i < literals.length; i++) {
            values[i] = Double.parseDouble(literals[i]);
        }
        return values;
    }
}
