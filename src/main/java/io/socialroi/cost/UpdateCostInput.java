package io.socialroi.cost;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.socialroi.campaign.Campaign;
import io.socialroi.channel.Channel;
import io.socialroi.common.DateScalar;
import io.socialroi.common.DecimalScalar;
import io.socialroi.common.Text;
import io.socialroi.money.MoneyInput;

@Input("UpdateCostInput")
@Description("Names a cost entry by id or by externalId (one of them); every other field given replaces the stored "
        + "one, and the entry as changed follows recordCost's rules. amount replaces hours × hourlyRate and the other "
        + "way round. A channel, once set, is changed but not removed (delete and record the cost again).")
public class UpdateCostInput {
    @Id
    public String id;
    @Text(max = 200)
    public String externalId;
    @Id
    public String campaignId;
    @Id
    public String channelId;
    public CostCategory category;
    public MoneyInput amount;
    public DecimalScalar hours;
    public MoneyInput hourlyRate;
    public DateScalar incurredOn;
    @Text(max = 1000)
    public String description;

    /** The stored entry with this input's changes, as recordCost would have received it. */
    RecordCostInput appliedTo(CostEntryEntity stored) {
        RecordCostInput changed = new RecordCostInput();
        changed.campaignId = campaignId != null ? campaignId : Campaign.globalId(stored.campaignId);
        changed.channelId = channelId != null ? channelId
                : stored.channelId == null ? null : Channel.globalId(stored.channelId);
        changed.category = category != null ? category : stored.category;
        changed.incurredOn = incurredOn != null ? incurredOn : DateScalar.of(stored.incurredOn);
        changed.description = description != null ? description : stored.description;
        if (amount != null || hours != null || hourlyRate != null) {
            changed.amount = amount;
            boolean storedByHours = stored.hours != null;
            changed.hours = hours != null || amount != null || !storedByHours ? hours : DecimalScalar.of(stored.hours);
            changed.hourlyRate = hourlyRate != null || amount != null || !storedByHours ? hourlyRate
                    : money(stored.hourlyRate, stored.currency);
        } else if (stored.hours != null) {
            changed.hours = DecimalScalar.of(stored.hours);
            changed.hourlyRate = money(stored.hourlyRate, stored.currency);
        } else {
            changed.amount = money(stored.amount, stored.currency);
        }
        return changed;
    }

    private static MoneyInput money(BigDecimal amount, String currency) {
        MoneyInput money = new MoneyInput();
        money.amount = DecimalScalar.of(amount);
        money.currencyCode = currency;
        return money;
    }
}
