package io.socialroi.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a delivery says about a report run: a subject, a short plain-text summary (the first rows as a text table)
 * and the CSV; the webhook bodies are built from the same parts. Pure.
 */
public record DeliveryMessage(String subject, String summary, String csvName, String csv) {

    /** Rows the summary shows; the CSV has them all. */
    static final int SUMMARY_ROWS = 10;

    static DeliveryMessage of(SavedReportRun run) {
        String name = run.savedReport().name();
        String period = run.from() + " – " + run.to();
        StringBuilder text = new StringBuilder();
        text.append(name).append('\n');
        text.append("Period: ").append(period).append(" (").append(run.rule()).append(", ").append(run.timeZone())
                .append("); amounts in ").append(run.currencyCode()).append("\n\n");
        if (run.rows().isEmpty()) {
            text.append("No rows for this period.\n");
        } else if (run.savedReport().kind() == SavedReportKind.WEEKLY_DIGEST) {
            text.append(digest(run));
        } else {
            text.append(table(run, Math.min(SUMMARY_ROWS, run.rows().size())));
            int rest = run.rows().size() - SUMMARY_ROWS;
            text.append('\n').append(rest > 0 ? rest + (rest == 1 ? " more row" : " more rows") + " in the attached CSV."
                    : "The table is attached as CSV.").append('\n');
        }
        return new DeliveryMessage(name + " · " + period, text.toString(), SavedReportResource.fileName(run),
                ReportCsv.write(run));
    }

    /**
     * A digest is read in the mail, not in a spreadsheet: each section under its heading, one line per figure with
     * the period before and the change.
     */
    private static String digest(SavedReportRun run) {
        StringBuilder out = new StringBuilder();
        for (DigestSection section : DigestSection.values()) {
            List<List<String>> rows = run.rows().stream().filter(r -> r.get(0).equals(section.name())).toList();
            if (rows.isEmpty()) {
                continue;
            }
            out.append(section.heading).append('\n');
            for (List<String> row : rows) {
                out.append("  ").append(row.get(1).equals("workspace") ? "" : row.get(1) + ", ").append(row.get(2))
                        .append(": ").append(cell(row.get(3)));
                if (section != DigestSection.GOAL_AT_RISK) {
                    out.append(" (before ").append(cell(row.get(4))).append(", change ").append(signed(row.get(5)))
                            .append(')');
                }
                out.append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String cell(String value) {
        return value == null ? "–" : value;
    }

    private static String signed(String change) {
        return change == null ? "–" : change.startsWith("-") || change.matches("0(\\.0+)?") ? change : "+" + change;
    }

    /** The first rows as columns padded to their widest cell. */
    private static String table(SavedReportRun run, int rows) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(run.columns().stream().map(ReportColumn::name).toList());
        for (int r = 0; r < rows; r++) {
            lines.add(run.rows().get(r).stream().map(c -> c == null ? "–" : c).toList());
        }
        int[] widths = new int[run.columns().size()];
        for (List<String> line : lines) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], line.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> line : lines) {
            for (int c = 0; c < widths.length; c++) {
                String cell = line.get(c);
                out.append(c == 0 ? "" : "  ").append(cell).append(" ".repeat(widths[c] - cell.length()));
            }
            out.setLength(out.length() - trailingSpaces(out));
            out.append('\n');
        }
        return out.toString();
    }

    private static int trailingSpaces(StringBuilder text) {
        int n = 0;
        while (n < text.length() && text.charAt(text.length() - 1 - n) == ' ') {
            n++;
        }
        return n;
    }

    /** The webhook's JSON body of a run, by format. */
    static Map<String, Object> webhookBody(WebhookFormat format, DeliveryMessage message, SavedReportRun run) {
        if (format == WebhookFormat.SLACK) {
            // Slack's incoming webhooks post {"text"}; the table goes in a code block to keep its columns
            String[] parts = message.summary().split("\n\n", 2);
            return Map.of("text", "*" + parts[0].replace("\n", "*\n") + (parts.length > 1 ? "\n```\n" + parts[1] + "```" : ""));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("report", run.savedReport().name());
        body.put("kind", run.savedReport().kind().name());
        body.put("from", run.from().toString());
        body.put("to", run.to().toString());
        body.put("timeZone", run.timeZone());
        body.put("currencyCode", run.currencyCode());
        body.put("columns", run.columns().stream().map(c -> Map.of("name", c.name(), "type", c.type().name())).toList());
        body.put("rows", run.rows());
        body.put("summary", message.summary());
        return body;
    }
}
