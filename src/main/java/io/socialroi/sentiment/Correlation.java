package io.socialroi.sentiment;

/**
 * Pearson's r of paired samples and its 95 % interval by Fisher's z transformation (docs/content.md). Pure: no
 * framework imports.
 * <ul>
 * <li>r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² · Σ(y − ȳ)²), undefined when either series is constant;</li>
 * <li>z = atanh(r), standard error 1 / √(n − 3), interval tanh(z ± 1.959964 · SE) (needs n &gt; 3; at |r| = 1 the
 * interval is r itself).</li>
 * </ul>
 */
public final class Correlation {

    /** The 97.5th percentile of the standard normal distribution: a two-sided 95 % interval. */
    public static final double Z_975 = 1.959963984540054;

    private Correlation() {
    }

    /** r, its interval and the sample size; r null when a series is constant. */
    public record Result(int n, Double r, Double low, Double high) {
    }

    /** Pearson's r of the pairs (x[i], y[i]) with its Fisher-z 95 % interval. */
    public static Result of(double[] x, double[] y) {
        int n = x.length;
        if (n != y.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        if (n < 4) {
            return new Result(n, null, null, null);
        }
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += x[i];
            meanY += y[i];
        }
        meanX /= n;
        meanY /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) {
            return new Result(n, null, null, null);
        }
        double r = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
        double[] interval = fisherInterval(r, n);
        return new Result(n, r, interval[0], interval[1]);
    }

    /** tanh(atanh(r) ± Z_975 / √(n − 3)); at |r| = 1, [r, r]. */
    public static double[] fisherInterval(double r, int n) {
        if (Math.abs(r) >= 1) {
            return new double[] { r, r };
        }
        double z = 0.5 * Math.log((1 + r) / (1 - r));
        double se = 1 / Math.sqrt(n - 3);
        return new double[] { Math.tanh(z - Z_975 * se), Math.tanh(z + Z_975 * se) };
    }
}
