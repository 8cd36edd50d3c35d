package io.socialroi.delivery;

/** The parts of a WEEKLY_DIGEST table, in the order they are listed, with their headings in the mail. */
enum DigestSection {
    WORKSPACE("The workspace against the period before"),
    TOP_ROI("Top campaigns by ROI"),
    BOTTOM_ROI("Bottom campaigns by ROI"),
    GOAL_AT_RISK("Goals at risk"),
    MOVER("Biggest movers (attributed revenue)");

    final String heading;

    DigestSection(String heading) {
        this.heading = heading;
    }
}
