package io.socialroi.imports.file;

public sealed interface ImportRow permits AdDayRow, CostSheetRow, DealRow, TouchpointRow { int line(); }
