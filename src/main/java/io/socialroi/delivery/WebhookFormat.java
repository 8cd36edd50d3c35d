package io.socialroi.delivery;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("WebhookFormat")
@Description("JSON: {report, kind, from, to, timeZone, currencyCode, columns, rows, summary}. SLACK: {text} with the"
        + " summary, what a Slack incoming webhook posts as a message.")
public enum WebhookFormat {
    JSON,
    SLACK
}
