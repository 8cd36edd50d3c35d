package io.socialroi.tracking;

public enum ConversionType {
    LEAD, MQL, SQL, OPPORTUNITY, SALE, SIGNUP, DOWNLOAD, OTHER
}
