package io.socialroi.delivery;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("DeliveryChannel")
@Description("EMAIL: a short summary in the body, the CSV attached, to recipients. WEBHOOK: a JSON POST to webhookUrl"
        + " (webhookFormat JSON: the whole table; SLACK: an incoming-webhook message with the summary).")
public enum DeliveryChannel {
    EMAIL,
    WEBHOOK
}
