package io.socialroi.imports.file;

import java.math.BigDecimal;
import java.time.LocalDate;

public record DealRow(int line, String recordId, String stage, BigDecimal amount, String currency, LocalDate closeDate,
        LocalDate createDate, String contactId, String originalSource, String sourceDrillDown1, String sourceDrillDown2)
        implements ImportRow {}
