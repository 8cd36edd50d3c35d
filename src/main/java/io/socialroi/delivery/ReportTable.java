package io.socialroi.delivery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.socialroi.common.DateScalar;
import io.socialroi.common.DecimalScalar;
import io.socialroi.money.Money;

/**
 * A report's result as a table of text cells (the GraphQL answer's text for each figure), the shape runSavedReport,
 * the CSV download and the delivered mail share. Built column by column with {@link Builder}.
 */
public record ReportTable(List<ReportColumn> columns, List<List<String>> rows) {

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    static Builder with(Object... namesAndTypes) {
        List<ReportColumn> columns = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            columns.add(new ReportColumn((String) namesAndTypes[i], (ColumnType) namesAndTypes[i + 1]));
        }
        return new Builder(columns);
    }

    static final class Builder {
        private final List<ReportColumn> columns;
        private final List<List<String>> rows = new ArrayList<>();

        private Builder(List<ReportColumn> columns) {
            this.columns = columns;
        }

        /** One row; cells are text, Money (its amount), DecimalScalar, DateScalar, numbers or null. */
        Builder row(Object... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException("a row of " + cells.length + " cells for " + columns.size() + " columns");
            }
            rows.add(Arrays.stream(cells).map(Builder::text).toList());
            return this;
        }

        ReportTable build() {
            return new ReportTable(List.copyOf(columns), List.copyOf(rows));
        }

        private static String text(Object cell) {
            if (cell == null) {
                return null;
            }
            if (cell instanceof Money money) {
                return money.amount().text();
            }
            if (cell instanceof DecimalScalar decimal) {
                return decimal.text();
            }
            if (cell instanceof DateScalar date) {
                return date.value().map(Object::toString).orElse(null);
            }
            return cell.toString();
        }
    }
}
