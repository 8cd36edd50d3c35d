package io.socialroi.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

/**
 * Reading the rows of native statements by column alias ({@code Tuple}), with the JDBC types PostgreSQL
 * returns turned into Java ones in one place: integer types and {@code count(*)} come back as Integer or
 * Long, numeric as BigDecimal, date as java.sql.Date or LocalDate, timestamptz as OffsetDateTime or
 * Instant. An alias the statement does not select fails at once (IllegalArgumentException).
 */
public final class SqlRows {

    private SqlRows() {
    }

    /** The rows of a statement created with {@code createNativeQuery(sql, Tuple.class)}. */
    public static List<Tuple> tuples(Query query) {
        List<?> rows = query.getResultList();
        return rows.stream().map(Tuple.class::cast).toList();
    }

    /** A one-column statement's numbers. */
    public static List<Long> longs(Query query) {
        return query.getResultList().stream().map(value -> ((Number) value).longValue()).toList();
    }

    public static long longValue(Tuple row, String alias) {
        return row.get(alias, Number.class).longValue();
    }

    public static Long nullableLong(Tuple row, String alias) {
        Number value = row.get(alias, Number.class);
        return value == null ? null : value.longValue();
    }

    /** A count that may be null (a sum over no rows) as 0. */
    public static long longOrZero(Tuple row, String alias) {
        Number value = row.get(alias, Number.class);
        return value == null ? 0 : value.longValue();
    }

    public static int intValue(Tuple row, String alias) {
        return row.get(alias, Number.class).intValue();
    }

    /** A numeric column (null stays null); integer results such as {@code sum(int)} are widened. */
    public static BigDecimal decimal(Tuple row, String alias) {
        Object value = row.get(alias);
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return BigDecimal.valueOf(row.get(alias, Number.class).longValue());
        }
        return new BigDecimal(row.get(alias, Number.class).toString());
    }

    public static BigDecimal decimalOrZero(Tuple row, String alias) {
        BigDecimal value = decimal(row, alias);
        return value == null ? BigDecimal.ZERO : value;
    }

    public static String text(Tuple row, String alias) {
        return row.get(alias, String.class);
    }

    public static Boolean bool(Tuple row, String alias) {
        return row.get(alias, Boolean.class);
    }

    /** A date column (null stays null). */
    public static LocalDate date(Tuple row, String alias) {
        Object value = row.get(alias);
        return value instanceof java.sql.Date d ? d.toLocalDate() : row.get(alias, LocalDate.class);
    }

    /** A timestamptz column in UTC (null stays null). */
    public static OffsetDateTime timestamp(Tuple row, String alias) {
        Object value = row.get(alias);
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        OffsetDateTime time = row.get(alias, OffsetDateTime.class);
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** A column holding an enum constant's name (null stays null). */
    public static <E extends Enum<E>> E enumValue(Tuple row, String alias, Class<E> type) {
        String name = text(row, alias);
        return name == null ? null : Enum.valueOf(type, name);
    }
}
