package io.socialroi.delivery;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ColumnType")
@Description("How to read a report table's cells: TEXT as is; MONEY a decimal in the table's currencyCode; DECIMAL a"
        + " decimal (a percentage where the column name says so); INTEGER a whole number; DATE an ISO date."
        + " A null cell is an undefined figure (ROI without cost).")
public enum ColumnType {
    TEXT,
    MONEY,
    DECIMAL,
    INTEGER,
    DATE
}
