package io.socialroi.cohort;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * The interval math of the cohort lift, pure Java without framework imports. Money stays {@code BigDecimal}
 * elsewhere; the intervals here are computed in {@code double} (their inputs are estimates, so 15 significant
 * digits are far more than the data carries) and rounded half-up to 2 decimals only at the edge
 * ({@link #round2}).
 * <ul>
 * <li>{@link #wilson}: the Wilson score interval of one proportion;</li>
 * <li>{@link #newcombe}: the difference of two independent proportions, Newcombe's hybrid score interval
 * (method 10 of Newcombe 1998, built from the two Wilson intervals);</li>
 * <li>{@link #welch}: the difference of two means, Welch's interval with Welch–Satterthwaite degrees of freedom
 * and the Student t quantile of {@link #studentTQuantile};</li>
 * <li>{@link #bootstrapMedianDifference}: the difference of two medians, a bootstrap percentile interval with a
 * fixed seed and a fixed number of resamples, so the same data always gives the same interval.</li>
 * </ul>
 * All intervals are two-sided 95 %.
 */
public final class CohortStatistics {

    /** The 0.975 quantile of the standard normal distribution. */
    public static final double Z_975 = 1.959963984540054;
    /** Resamples of the bootstrap: fixed, so the interval is reproducible. */
    public static final int BOOTSTRAP_RESAMPLES = 2000;
    /** The bootstrap's seed (of a SplitMix64 generator written here, so no JDK change can move the interval). */
    public static final long BOOTSTRAP_SEED = 20260401L;

    private CohortStatistics() {
    }

    public record Interval(double lower, double upper) {
    }

    /** Welch's interval and the figures behind it. */
    public record Welch(double difference, double standardError, double degreesOfFreedom, Interval interval) {
    }

    /**
     * Wilson score interval of x successes in n trials (n > 0): centre (p + z²/2n) / (1 + z²/n), half-width
     * z / (1 + z²/n) × √(p(1 − p)/n + z²/4n²).
     */
    public static Interval wilson(long x, long n) {
        if (n <= 0 || x < 0 || x > n) {
            throw new IllegalArgumentException("wilson needs 0 ≤ x ≤ n and n > 0 (got " + x + "/" + n + ")");
        }
        double p = (double) x / n;
        double z2 = Z_975 * Z_975;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z_975 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /**
     * Newcombe's hybrid score interval (method 10) of p1 − p2, with (l1, u1), (l2, u2) the Wilson intervals:
     * lower = d − √((p1 − l1)² + (u2 − p2)²), upper = d + √((u1 − p1)² + (p2 − l2)²).
     */
    public static Interval newcombe(long x1, long n1, long x2, long n2) {
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        Interval w1 = wilson(x1, n1);
        Interval w2 = wilson(x2, n2);
        double d = p1 - p2;
        double lower = d - Math.sqrt(square(p1 - w1.lower()) + square(w2.upper() - p2));
        double upper = d + Math.sqrt(square(w1.upper() - p1) + square(p2 - w2.lower()));
        return new Interval(lower, upper);
    }

    /**
     * Welch's interval of mean1 − mean2 from sample sizes, means and sample variances (n − 1 denominators):
     * se = √(v1/n1 + v2/n2), df = se⁴ / ((v1/n1)²/(n1 − 1) + (v2/n2)²/(n2 − 1)), d ± t(0.975, df) × se. Both
     * samples need at least 2 values. When neither sample varies (se = 0) the interval is the difference itself
     * and df is reported as n1 + n2 − 2.
     */
    public static Welch welch(long n1, double mean1, double var1, long n2, double mean2, double var2) {
        if (n1 < 2 || n2 < 2) {
            throw new IllegalArgumentException("welch needs at least 2 values per sample (got " + n1 + ", " + n2 + ")");
        }
        double a = var1 / n1;
        double b = var2 / n2;
        double d = mean1 - mean2;
        double se = Math.sqrt(a + b);
        if (se == 0) {
            return new Welch(d, 0, n1 + n2 - 2, new Interval(d, d));
        }
        double df = square(a + b) / (square(a) / (n1 - 1) + square(b) / (n2 - 1));
        double t = studentTQuantile(0.975, df);
        return new Welch(d, se, df, new Interval(d - t * se, d + t * se));
    }

    /**
     * The p quantile (0 < p < 1) of Student's t with df > 0 degrees of freedom (not necessarily whole): the t
     * with CDF(t) = p, found by bisection on CDF(t) = 1 − ½ I(df/(df + t²); df/2, ½) for t ≥ 0, I being the
     * regularized incomplete beta function. Accurate to about 1e-12.
     */
    public static double studentTQuantile(double p, double df) {
        if (!(p > 0 && p < 1) || !(df > 0)) {
            throw new IllegalArgumentException("studentTQuantile needs 0 < p < 1 and df > 0");
        }
        if (p < 0.5) {
            return -studentTQuantile(1 - p, df);
        }
        if (p == 0.5) {
            return 0;
        }
        double lo = 0;
        double hi = 1;
        while (studentTCdf(hi, df) < p) {
            lo = hi;
            hi *= 2;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-14 * Math.max(1, hi); i++) {
            double mid = (lo + hi) / 2;
            if (studentTCdf(mid, df) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /** P(T ≤ t) for Student's t with df degrees of freedom. */
    public static double studentTCdf(double t, double df) {
        double tail = 0.5 * regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
        return t >= 0 ? 1 - tail : tail;
    }

    /** I_x(a, b), by the continued fraction of Numerical Recipes (§6.4) with the modified Lentz method. */
    public static double regularizedIncompleteBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
        if (x < (a + 1) / (a + b + 2)) {
            return front * betaContinuedFraction(x, a, b) / a;
        }
        return 1 - front * betaContinuedFraction(1 - x, b, a) / b;
    }

    private static double betaContinuedFraction(double x, double a, double b) {
        final double tiny = 1e-300;
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = 1 - qab * x / qap;
        d = 1 / (Math.abs(d) < tiny ? tiny : d);
        double h = d;
        for (int m = 1; m <= 10_000; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            d = 1 / (Math.abs(d) < tiny ? tiny : d);
            c = 1 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            d = 1 / (Math.abs(d) < tiny ? tiny : d);
            c = 1 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < 1e-15) {
                break;
            }
        }
        return h;
    }

    private static final double[] LANCZOS = { 0.99999999999980993, 676.5203681218851, -1259.1392167224028,
            771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7 };

    /** ln Γ(x) for x > 0 (Lanczos, g = 7; reflection below ½), relative error about 1e-15. */
    public static double lnGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lnGamma(1 - x);
        }
        double y = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (y + i);
        }
        double t = y + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** The median of a non-empty sample: the middle value, or the mean of the two middle values. */
    public static double median(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("the median of no values is undefined");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * Bootstrap percentile interval of median(a) − median(b): {@link #BOOTSTRAP_RESAMPLES} times, each sample is
     * resampled with replacement to its own size (a first, then b, from one SplitMix64 stream seeded with
     * {@link #BOOTSTRAP_SEED}) and the difference of the resampled medians kept; the interval runs from the 50th to
     * the 1,950th of the 2,000 sorted differences (the 2.5 % and 97.5 % points). Deterministic.
     */
    public static Interval bootstrapMedianDifference(double[] a, double[] b) {
        if (a.length == 0 || b.length == 0) {
            throw new IllegalArgumentException("the bootstrap needs two non-empty samples");
        }
        SplitMix64 random = new SplitMix64(BOOTSTRAP_SEED);
        double[] differences = new double[BOOTSTRAP_RESAMPLES];
        int[] orderA = ascendingOrder(a);
        int[] orderB = ascendingOrder(b);
        int[] countsA = new int[a.length];
        int[] countsB = new int[b.length];
        for (int r = 0; r < BOOTSTRAP_RESAMPLES; r++) {
            double medianA = resampledMedian(a, orderA, countsA, random);
            differences[r] = medianA - resampledMedian(b, orderB, countsB, random);
        }
        Arrays.sort(differences);
        int lower = (int) Math.ceil(0.025 * BOOTSTRAP_RESAMPLES) - 1;
        int upper = (int) Math.ceil(0.975 * BOOTSTRAP_RESAMPLES) - 1;
        return new Interval(differences[lower], differences[upper]);
    }

    /**
     * The median of one resample of x (n draws of an index, with replacement), without sorting it: the draws are
     * counted per index, and the middle order statistics found by walking the indices in ascending order of value.
     * O(n) per resample; the same result as sorting the resampled values.
     */
    private static double resampledMedian(double[] x, int[] order, int[] counts, SplitMix64 random) {
        int n = x.length;
        Arrays.fill(counts, 0);
        for (int i = 0; i < n; i++) {
            counts[random.nextInt(n)]++;
        }
        int lowRank = (n - 1) / 2;
        int highRank = n / 2;
        double low = Double.NaN;
        int seen = 0;
        for (int index : order) {
            seen += counts[index];
            if (Double.isNaN(low) && seen > lowRank) {
                low = x[index];
            }
            if (seen > highRank) {
                return (low + x[index]) / 2;
            }
        }
        throw new IllegalStateException("unreachable: the counts add up to n");
    }

    private static int[] ascendingOrder(double[] x) {
        return java.util.stream.IntStream.range(0, x.length).boxed()
                .sorted((i, j) -> Double.compare(x[i], x[j])).mapToInt(Integer::intValue).toArray();
    }

    /** Rounded half-up to 2 decimals: how every interval figure leaves this class for the API. */
    public static BigDecimal round2(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static double square(double x) {
        return x * x;
    }

    /** SplitMix64 (Steele, Lea, Flood 2014): tiny, fast, and fully specified here. */
    static final class SplitMix64 {
        private long state;

        SplitMix64(long seed) {
            this.state = seed;
        }

        long nextLong() {
            long z = (state += 0x9E3779B97F4A7C15L);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        /** Uniform in [0, bound), by multiply-shift of the high 32 bits. */
        int nextInt(int bound) {
            return (int) (((nextLong() >>> 32) * bound) >>> 32);
        }
    }
}
