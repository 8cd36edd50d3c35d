package io.socialroi.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The skeleton every batch mutation shares, so that a feature supplies only its rules, its key and its write:
 * <ol>
 * <li>the size rule: more than {@link #MAX_ITEMS} items are refused whole (BATCH_TOO_LARGE);</li>
 * <li>first pass, item by item: the constraints on the input class ({@link InputConstraints}), the channel and
 * campaign IDs decoded ({@link References}), then the feature's own rules ({@link Feature#check});</li>
 * <li>the references looked up, one statement per kind, and reported item by item (NOT_FOUND);</li>
 * <li>the in-batch duplicate key: a later item with the key of an earlier one is a DUPLICATE. It is checked right
 * after the item's references, so in the first pass when the feature names none;</li>
 * <li>the feature's rules across the batch and the stored rows ({@link Feature#checkBatch}, overlaps);</li>
 * <li>any problem: {@link InvalidInputException} with every user error, nothing written; otherwise the feature's
 * write of the checked items.</li>
 * </ol>
 * The service method that calls it keeps {@code @Transactional} and {@code @WritesWorkspaceData}: interceptors
 * bind to the CDI business method.
 */
@ApplicationScoped
public class BatchWriter {

    /** The most items one batch mutation takes. */
    public static final int MAX_ITEMS = 5_000;

    @Inject
    InputConstraints constraints;

    /**
     * What one batch mutation supplies.
     *
     * @param <I> the input item (its class carries the per-field constraints)
     * @param <C> the item as checked: what the write needs of it (values may be null where the item was invalid;
     *            the write sees only batches without any problem)
     * @param <R> what the write answers
     */
    public interface Feature<I, C, R> {

        /**
         * Item {@code i}'s rules beyond the constraints on its class; its channel and campaign IDs are decoded
         * already ({@link BatchReferences#channel(int)}).
         */
        C check(int i, I item, InputErrors at);

        /** Where the items name a channel and a campaign; null when they name none. */
        default References<I> references() {
            return null;
        }

        /** Looks up what else the items name (utm codes), one statement per kind, after the references. */
        default void lookUp() {
        }

        /** Rules that need the looked-up references (after {@link BatchReferences#reportUnknown}). */
        default void checkReferences(int i, C item, InputErrors at) {
        }

        /** The key no two items of the batch may share, or null when the item has none to compare. */
        default DuplicateKey key(C item) {
            return null;
        }

        /** Rules across the whole batch and the stored rows (overlapping periods); errors at their item's path. */
        default void checkBatch(List<C> items, InputErrors errors) {
        }

        /** Writes a batch in which every item passed every rule. */
        R write(List<C> items);
    }

    /**
     * The channel and campaign IDs of a batch's items ({@code CampaignService.batchReferences}) and how to read
     * them from an item: the writer decodes them in the first pass (INVALID_ID) and looks them up after it.
     */
    public record References<I>(BatchReferences ids, Function<I, String> channelId, Function<I, String> campaignId) {
    }

    /**
     * An item's key with what it names: the message is "{@code what} is already in this batch.", at {@code field}.
     */
    public record DuplicateKey(Object key, String what, String field) {
    }

    /** Validates the whole batch, then writes it; an invalid batch throws every user error and writes nothing. */
    public <I, C, R> R write(List<I> items, Feature<I, C, R> feature) {
        InputErrors errors = new InputErrors("input");
        checkSize(items, errors);
        References<I> references = feature.references();
        List<C> checked = new ArrayList<>(items.size());
        Set<Object> keys = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            I item = items.get(i);
            InputErrors at = errors.at(String.valueOf(i));
            constraints.check(item, at);
            if (references != null) {
                references.ids().channel(i, references.channelId().apply(item), at);
                references.ids().campaign(i, references.campaignId().apply(item), at);
            }
            checked.add(feature.check(i, item, at));
            if (references == null) {
                checkKey(feature.key(checked.get(i)), keys, at);
            }
        }
        if (references != null) {
            references.ids().lookUp();
            feature.lookUp();
            for (int i = 0; i < items.size(); i++) {
                InputErrors at = errors.at(String.valueOf(i));
                references.ids().reportUnknown(i, at);
                feature.checkReferences(i, checked.get(i), at);
                checkKey(feature.key(checked.get(i)), keys, at);
            }
        }
        feature.checkBatch(checked, errors);
        errors.throwIfAny();
        return feature.write(checked);
    }

    private static void checkKey(DuplicateKey key, Set<Object> keys, InputErrors at) {
        if (key != null && !keys.add(key.key())) {
            at.add(UserErrorCode.DUPLICATE, key.what() + " is already in this batch.", key.field());
        }
    }

    /** A batch of more than {@link #MAX_ITEMS} items is refused whole (BATCH_TOO_LARGE). */
    public static void checkSize(List<?> items, InputErrors errors) {
        if (items.size() > MAX_ITEMS) {
            errors.add(UserErrorCode.BATCH_TOO_LARGE,
                    "A batch holds at most " + MAX_ITEMS + " items (got " + items.size() + "): split it.");
            errors.throwIfAny();
        }
    }
}
